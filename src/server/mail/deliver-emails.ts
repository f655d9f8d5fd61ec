import "server-only";
import { prisma } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";
import { log } from "@/server/log";
import { EMAILS_PER_RUN, EMAIL_LEASE_MS, EMAIL_MAX_ATTEMPTS, EMAIL_ROUND_SIZE, emailBackoffMs } from "./email-policy";
import { sendMail } from "./send-mail";

export type DeliverEmailsResult = {
  /** Emails the SMTP server accepted now. */
  sent: number;
  /** Attempts that failed now (the email is retried later, or given up at the bound). */
  failed: number;
  /** Emails given up now: out of attempts (EMAIL_MAX_ATTEMPTS) or past their own `expires_at`. */
  gaveUp: number;
};

/** A queued email held by one sender (claimed, or leased to the request that queued it). */
export type ClaimedEmail = {
  id: bigint;
  to_address: string;
  subject: string | null;
  text: string | null;
  html: string | null;
  attempts: number;
  organization_id: string | null;
  notification_kind: string | null;
  sensitive: boolean;
};

/**
 * Delivers queued emails (docs/production.md, "Email delivery"). With `ids`, only those (the attempt a
 * request makes right after its response); without, every due one, oldest first (the lifecycle run),
 * up to `limit`. Each email is claimed with `FOR UPDATE SKIP LOCKED` and leased for EMAIL_LEASE_MS, so
 * concurrent senders (two instances, a request racing the cron) never send it twice; only a sender that
 * dies between the SMTP acceptance and the status update can cause a repeat (after the lease).
 * Outcome per email: accepted → `sent` (sent_at, and the demo_notifications row it fulfils); refused →
 * `attempts + 1`, `last_error`, retried after `emailBackoffMs`; at EMAIL_MAX_ATTEMPTS or past
 * `expires_at` → `failed`. Sensitive bodies are cleared when the email leaves `pending`.
 * Never throws for an SMTP failure (it is recorded); throws only when the database fails.
 * @param options.now the clock (due = `next_attempt_at <= now`); tests pass their own.
 * @param options.direct a person waits for the outcome (a login code): each email gets an SMTP session of
 *   its own instead of the server's pool (`sendMail`).
 * @returns counts of this call.
 */
export async function deliverEmails({
  ids,
  now = new Date(),
  limit = EMAILS_PER_RUN,
  direct = false,
}: { ids?: bigint[]; now?: Date; limit?: number; direct?: boolean } = {}): Promise<DeliverEmailsResult> {
  const result: DeliverEmailsResult = { sent: 0, failed: 0, gaveUp: 0 };
  if (ids && ids.length === 0) return result;
  for (let round = 0; ; round++) {
    const room = limit - result.sent - result.failed;
    if (room <= 0) break;
    // The first round also gives up the pending emails past their own expiry, in the same statement.
    const { batch, gaveUp } = await claimDueEmails(now, Math.min(EMAIL_ROUND_SIZE, room), ids, round === 0);
    result.gaveUp += gaveUp;
    if (batch.length === 0) break;
    const outcomes = await Promise.all(batch.map((email) => deliverOne(email, now, direct)));
    for (const outcome of outcomes) {
      if (outcome === "sent") result.sent += 1;
      else {
        result.failed += 1;
        if (outcome === "gave_up") result.gaveUp += 1;
      }
    }
    if (ids) break;
  }
  return result;
}

/**
 * ONE statement: with `giveUpExpired`, marks `failed` the pending emails past their own expiry (a login
 * code that was never delivered; bodies of sensitive ones cleared); then claims up to `size` due ones
 * (oldest first, `FOR UPDATE SKIP LOCKED`, leased for EMAIL_LEASE_MS), never one just given up.
 * @returns the claimed emails by id and how many were given up.
 */
async function claimDueEmails(
  now: Date,
  size: number,
  ids: bigint[] | undefined,
  giveUpExpired: boolean,
): Promise<{ batch: ClaimedEmail[]; gaveUp: number }> {
  const only = ids ? Prisma.sql`AND id IN (${Prisma.join(ids)})` : Prisma.empty;
  const at = sqlTimestamp(now);
  const [row] = await prisma.$queryRaw<{ gave_up: number; emails: (Omit<ClaimedEmail, "id"> & { id: string })[] }[]>`
    WITH expired AS (
      UPDATE email_outbox
      SET status = 'failed',
          last_error = left(coalesce(last_error || '; ', '') || 'expired before delivery', 500),
          subject = CASE WHEN sensitive THEN NULL ELSE subject END,
          text = CASE WHEN sensitive THEN NULL ELSE text END,
          html = CASE WHEN sensitive THEN NULL ELSE html END
      WHERE ${giveUpExpired} AND status = 'pending' AND expires_at IS NOT NULL AND expires_at <= ${at} ${only}
      RETURNING id),
    due AS (
      SELECT id FROM email_outbox
      WHERE status = 'pending' AND next_attempt_at <= ${at} AND (expires_at IS NULL OR expires_at > ${at}) ${only}
      ORDER BY id
      LIMIT ${size}
      FOR UPDATE SKIP LOCKED),
    claimed AS (
      UPDATE email_outbox e SET next_attempt_at = ${sqlTimestamp(new Date(now.getTime() + EMAIL_LEASE_MS))}
      FROM due WHERE e.id = due.id
      RETURNING e.id::text AS id, e.to_address, e.subject, e.text, e.html, e.attempts, e.organization_id, e.notification_kind, e.sensitive)
    SELECT (SELECT count(*)::int FROM expired) AS gave_up, coalesce((SELECT json_agg(c) FROM claimed c), '[]'::json) AS emails`;
  const batch = (row?.emails ?? []).map((e) => ({ ...e, id: BigInt(e.id) }));
  return { batch: batch.sort((a, b) => (a.id < b.id ? -1 : 1)), gaveUp: row?.gave_up ?? 0 };
}

async function deliverOne(email: ClaimedEmail, now: Date, direct = false): Promise<"sent" | "failed" | "gave_up"> {
  const attempts = email.attempts + 1;
  const clearBody = email.sensitive ? { subject: null, text: null, html: null } : {};
  let error: string;
  try {
    if (email.subject === null || email.text === null) throw new Error("the email has no body");
    await sendMail({ to: email.to_address, subject: email.subject, text: email.text, html: email.html }, { direct });
    await recordSent(email, attempts);
    return "sent";
  } catch (err) {
    error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  }
  const givingUp = attempts >= EMAIL_MAX_ATTEMPTS;
  log.warn({ emailId: String(email.id), attempts, givingUp, error }, "email delivery failed");
  await prisma.emailOutbox.update({
    where: { id: email.id },
    data: givingUp
      ? { status: "failed", attempts, lastError: error.slice(0, 500), ...clearBody }
      : { attempts, lastError: error.slice(0, 500), nextAttemptAt: new Date(now.getTime() + emailBackoffMs(attempts)) },
    select: { id: true },
  });
  return givingUp ? "gave_up" : "failed";
}

/** Pauses between tries to record a sent email while the database is unreachable (ms, ~1 min in all). */
const RECORD_SENT_RETRY_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * Records that the SMTP server accepted `email` (status, sent_at, the demo_notifications row it fulfils).
 * The message is already out, so a database outage here must not leave it `pending` — it would be sent
 * again after its lease: the write is retried for about a minute (well inside EMAIL_LEASE_MS) before
 * giving up, which is the one case that can still repeat an email.
 */
async function recordSent(email: ClaimedEmail, attempts: number): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      // One statement: the email and the demo_notifications row it fulfils, together.
      const sentAt = sqlTimestamp(new Date());
      await prisma.$executeRaw`
        WITH sent AS (
          UPDATE email_outbox
          SET status = 'sent', sent_at = ${sentAt}, attempts = ${attempts}, last_error = NULL,
              subject = CASE WHEN sensitive THEN NULL ELSE subject END,
              text = CASE WHEN sensitive THEN NULL ELSE text END,
              html = CASE WHEN sensitive THEN NULL ELSE html END
          WHERE id = ${email.id}
          RETURNING organization_id, notification_kind)
        UPDATE demo_notifications d SET sent_at = ${sentAt}
        FROM sent WHERE d.organization_id = sent.organization_id AND d.kind = sent.notification_kind AND d.sent_at IS NULL`;
      return;
    } catch (err) {
      const wait = RECORD_SENT_RETRY_MS[i];
      if (wait === undefined) {
        log.error({ err, emailId: String(email.id) }, "email sent but not recorded; it may be sent again after its lease");
        return;
      }
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

/**
 * The attempt right after a response at an email the request queued already leased to itself
 * (`next_attempt_at` EMAIL_LEASE_MS ahead, so no other sender takes it meanwhile): no claim needed, it is
 * sent and recorded like a claimed one (`attempts` 0 → 1; a refusal is retried by the lifecycle run after
 * its backoff). Never throws: a failure, even of the database, is logged; if this process dies first, the
 * lease runs out and the lifecycle run sends it.
 */
export async function deliverLeasedEmail(email: ClaimedEmail, now: Date = new Date()): Promise<void> {
  try {
    await deliverOne(email, now);
  } catch (err) {
    log.warn({ err, emailId: String(email.id) }, "email delivery after the response failed; the lifecycle run retries it");
  }
}

/**
 * `deliverEmails({ ids })` for the attempt right after a response (`after()`): never throws — a
 * failure (even of the database) is logged, and the lifecycle run retries the email.
 */
export async function deliverEmailsAfterResponse(ids: bigint[]): Promise<void> {
  try {
    await deliverEmails({ ids });
  } catch (err) {
    log.warn({ err, emailIds: ids.map(String) }, "email delivery after the response failed; the lifecycle run retries it");
  }
}
