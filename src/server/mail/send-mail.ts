import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/env";

/**
 * SMTP timeouts (ms). nodemailer's defaults (2 min to connect, 10 min of socket silence) would hold a
 * request or a lifecycle run for minutes when the provider hangs; these fail the attempt fast and the
 * durable queue (`deliverEmails`) retries it later.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 5_000 };

const transporters: { pooled?: Transporter; direct?: Transporter } = {};

/**
 * nodemailer transport for EMAIL_SERVER; a plain-text local sink (maildev) needs no TLS. In the app's
 * server (`NEXT_RUNTIME` set) it is pooled: a few SMTP sessions stay open and carry the next messages,
 * so a burst of demos does not pay a connection, greeting and EHLO (and TLS) per email; an idle session
 * closes after SMTP_TIMEOUTS.socketTimeout. Scripts (the cron run from a shell) send unpooled, so an
 * open session never keeps them from exiting. `direct` (a person waiting for the answer, e.g. a login
 * code) is never pooled: a pool re-queues a message from a session that stopped answering onto the next
 * one, which turns one hanging provider into several timeouts in a row.
 */
function getTransporter(direct = false): Transporter {
  const key = direct ? "direct" : "pooled";
  const cached = transporters[key];
  if (cached) return cached;
  const url = new URL(env.EMAIL_SERVER);
  const isLocal = ["127.0.0.1", "localhost", "::1"].includes(url.hostname);
  const pool = env.NEXT_RUNTIME && !direct ? ({ pool: true, maxConnections: 3 } as const) : {};
  const transporter = isLocal
    ? nodemailer.createTransport({
        host: url.hostname,
        port: Number(url.port || 25),
        secure: false,
        ignoreTLS: true,
        ...pool,
        ...SMTP_TIMEOUTS,
      })
    : nodemailer.createTransport({ url: env.EMAIL_SERVER, ...pool, ...SMTP_TIMEOUTS });
  transporters[key] = transporter;
  return transporter;
}

/** One rendered email: plain text always, HTML optionally. */
export type MailMessage = { to: string; subject: string; text: string; html?: string | null };

/**
 * Sends one email through EMAIL_SERVER (the local inbox by default). Callers go through the durable
 * queue (`enqueueEmail` + `deliverEmails`), never straight here, so a refused send is retried.
 * @param options.direct a person is waiting for the outcome: one session of its own, failing within
 *   SMTP_TIMEOUTS, instead of the server's pool.
 * @throws nodemailer's error when the SMTP server refuses, cannot be reached or times out (SMTP_TIMEOUTS).
 */
export async function sendMail(message: MailMessage, options: { direct?: boolean } = {}): Promise<void> {
  const { html, ...rest } = message;
  await getTransporter(options.direct).sendMail({ from: env.EMAIL_FROM, ...rest, ...(html ? { html } : {}) });
}

/**
 * Checks that EMAIL_SERVER accepts a session (connect, greeting, EHLO, auth when configured), sending
 * nothing. A login-code request for an address without an account runs it, so that its answer and its
 * timing match those of a real send (no account enumeration; docs/decisions/0042-login-code-delivery.md).
 * @throws nodemailer's error when the server cannot be reached or refuses the session.
 */
export async function verifyMailTransport(): Promise<void> {
  await getTransporter(true).verify();
}
