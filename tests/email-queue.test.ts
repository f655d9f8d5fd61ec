// The durable email queue against a real database and a real SMTP inbox of this file's own (maildev on
// free ports, stopped to play an outage): an email survives a refused send, is retried with backoff,
// sent once, and given up at its bound; secret bodies are not kept.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalInbox, freePort, startInbox } from "../scripts/lib/local-stack";
import { ownerQuery, randomIp } from "./support/app";

const smtpPort = await freePort();
const webPort = await freePort();
// This file's processes send through its own inbox (the modules read EMAIL_SERVER when first imported).
process.env.EMAIL_SERVER = `smtp://127.0.0.1:${smtpPort}`;
const { prisma } = await import("@/server/db/client");
const { enqueueEmail } = await import("@/server/mail/enqueue-email");
const { deliverEmails } = await import("@/server/mail/deliver-emails");
const { EMAIL_MAX_ATTEMPTS } = await import("@/server/mail/email-policy");
const { requestDemo } = await import("@/server/demo/request-demo");
const { getDemoDetail } = await import("@/server/admin/get-demo-detail");
const { demoRequestSchema } = await import("@/lib/validation");

let inbox: LocalInbox | undefined;
const inboxUp = async () => {
  inbox ??= await startInbox({ smtpPort, webPort });
};
const inboxDown = async () => {
  await inbox?.stop();
  inbox = undefined;
};
afterAll(inboxDown);

const address = () => `queue-${randomBytes(5).toString("hex")}@example.com`;
const received = async (to: string) => {
  const res = await fetch(`http://127.0.0.1:${webPort}/api/email?to.address=${encodeURIComponent(to)}`);
  return ((await res.json()) as { subject: string }[]).map((m) => m.subject);
};
const row = async (id: bigint) =>
  (
    await ownerQuery<{
      status: string;
      attempts: number;
      last_error: string | null;
      subject: string | null;
      text: string | null;
      due_in_s: number;
    }>(
      "SELECT status, attempts, last_error, subject, text, extract(epoch FROM next_attempt_at - now())::int AS due_in_s FROM email_outbox WHERE id = $1",
      [String(id)],
    )
  )[0]!;
const queue = (to: string, extra: { sensitive?: boolean; expiresAt?: Date } = {}) =>
  prisma.$transaction((tx) =>
    enqueueEmail(tx, { kind: "login_code", to, subject: "Tu código 123456", text: "Código: 123456", dedupeKey: `test:${to}`, ...extra }),
  );

describe("durable email queue", () => {
  beforeAll(inboxDown);

  it("keeps a refused email, retries it after a backoff, sends it once when SMTP is back, and clears a secret body", async () => {
    const to = address();
    const id = (await queue(to, { sensitive: true }))!;
    expect(await queue(to)).toBeNull(); // the same dedupe key stores nothing new

    expect(await deliverEmails({ ids: [id] })).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    const failed = await row(id);
    expect(failed).toMatchObject({ status: "pending", attempts: 1, subject: "Tu código 123456" });
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
    expect(failed.due_in_s).toBeGreaterThanOrEqual(29); // 1 min base, jittered down by at most half

    await inboxUp();
    expect(await deliverEmails({ ids: [id] })).toEqual({ sent: 0, failed: 0, gaveUp: 0 }); // not due yet
    const later = new Date(Date.now() + 2 * 60_000);
    expect(await deliverEmails({ ids: [id], now: later })).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
    expect(await deliverEmails({ ids: [id], now: later })).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
    expect(await received(to)).toEqual(["Tu código 123456"]);
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2, last_error: null, subject: null, text: null });
  });

  it("gives up after the attempt bound, and at the email's own expiry", async () => {
    await inboxDown();
    const to = address();
    const id = (await queue(to))!;
    let now = Date.now();
    for (let i = 0; i < EMAIL_MAX_ATTEMPTS; i++) {
      await deliverEmails({ ids: [id], now: new Date(now) });
      now += 2 * 60 * 60_000;
    }
    expect(await row(id)).toMatchObject({ status: "failed", attempts: EMAIL_MAX_ATTEMPTS, subject: "Tu código 123456" });

    const code = address();
    const expiring = (await queue(code, { sensitive: true, expiresAt: new Date(Date.now() + 10 * 60_000) }))!;
    expect(await deliverEmails({ ids: [expiring], now: new Date(Date.now() + 11 * 60_000) })).toEqual({ sent: 0, failed: 0, gaveUp: 1 });
    const given = await row(expiring);
    expect(given).toMatchObject({ status: "failed", attempts: 0, subject: null, text: null });
    expect(given.last_error).toMatch(/expired before delivery/);
  });

  it("queues the ready email with its demo, keeps it when the first attempt fails, and shows the outcome to sales", async () => {
    await inboxDown();
    const email = address();
    const result = await requestDemo({ ...demoRequestSchema.parse({ email, profile: "admin_ph" }), ip: randomIp(), locale: "es" });
    expect(result.status).toBe(201);
    await result.deliver!(); // the attempt right after the response: SMTP is down, and it does not throw
    const [org] = await ownerQuery<{ id: string }>("SELECT organization_id AS id FROM users WHERE email = $1", [email]);
    const detail = await getDemoDetail(org!.id);
    expect(detail!.emails).toHaveLength(1);
    expect(detail!.emails[0]).toMatchObject({ kind: "demo_ready", status: "pending", attempts: 1 });
    expect(detail!.emails[0]!.lastError).toMatch(/ECONNREFUSED|connect/i);
  });
});
