// A CRM webhook endpoint for tests: node:http on a free local port, recording every request (headers and
// the raw body, byte for byte, as a signature must be checked) and answering what the test decides.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = { headers: IncomingHttpHeaders; rawBody: string; status: number; receivedAt: Date };

export type WebhookReceiver = {
  url: string;
  /** Every request so far, in arrival order. */
  received: ReceivedWebhook[];
  /** Decides the status of the next requests (default 200 for all). */
  respondWith: (decide: (request: { headers: IncomingHttpHeaders; rawBody: string }) => number) => void;
  close: () => Promise<void>;
};

/** Starts a receiver on 127.0.0.1 and a free port. Call `close()` when done. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let decide: (request: { headers: IncomingHttpHeaders; rawBody: string }) => number = () => 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const status = decide({ headers: req.headers, rawBody });
      received.push({ headers: req.headers, rawBody, status, receivedAt: new Date() });
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ ok: status < 300 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/assembly`,
    received,
    respondWith: (fn) => {
      decide = fn;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
