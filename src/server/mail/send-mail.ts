import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/env";

let transporter: Transporter | undefined;

/** nodemailer transport for EMAIL_SERVER; a plain-text local sink (maildev) needs no TLS. */
function getTransporter(): Transporter {
  if (transporter) return transporter;
  const url = new URL(env.EMAIL_SERVER);
  const isLocal = ["127.0.0.1", "localhost", "::1"].includes(url.hostname);
  transporter = isLocal
    ? nodemailer.createTransport({ host: url.hostname, port: Number(url.port || 25), secure: false, ignoreTLS: true })
    : nodemailer.createTransport(env.EMAIL_SERVER);
  return transporter;
}

/**
 * Sends one plain-text email through EMAIL_SERVER (the local inbox by default).
 * @throws nodemailer's error when the SMTP server refuses or cannot be reached.
 */
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  await getTransporter().sendMail({ from: env.EMAIL_FROM, ...message });
}
