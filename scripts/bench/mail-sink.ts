// The bench's SMTP server: a real one (`smtp-server`, the server half of nodemailer's project, which
// maildev itself runs on) that takes every message and keeps only a count. maildev also parses and
// stores each message, ~2 ms of CPU per demo on the same two cores as the app and its database: the
// bench would be measuring the inbox. The app's side of SMTP (connection, message build, the whole
// conversation) is exactly what it is with any provider.
import { createRequire } from "node:module";

type SmtpServerOptions = {
  authOptional: boolean;
  disabledCommands: string[];
  logger: boolean;
  onData: (stream: NodeJS.ReadableStream, session: unknown, callback: (error?: Error | null) => void) => void;
};
type SmtpServer = {
  listen: (port: number, host: string, callback: () => void) => void;
  close: (callback: () => void) => void;
};
const { SMTPServer } = createRequire(import.meta.url)("smtp-server") as { SMTPServer: new (options: SmtpServerOptions) => SmtpServer };

export type MailSink = { smtpUrl: string; received: () => number; stop: () => Promise<void> };

/** Starts the sink on 127.0.0.1:`port` (no TLS, no authentication); `received()` counts whole messages taken. */
export async function startMailSink(port: number): Promise<MailSink> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => undefined);
      stream.on("end", () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    received: () => received,
    stop: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
