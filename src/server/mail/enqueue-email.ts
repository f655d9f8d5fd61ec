import "server-only";
import type { Prisma } from "@/server/db/client";

/** What an email is for; shown to sales in the console and used to supersede stale login codes. */
export type EmailKind =
  | "login_code"
  | "demo_ready"
  | "expiry_warning_3d"
  | "expiry_warning_1d"
  /** A "Hablar con ventas" request, to SALES_EMAIL (docs/sales.md#talk-to-sales). */
  | "sales_contact"
  /** The invitation to a demo sales created for a named prospect (docs/sales.md#sales-created-demo). */
  | "sales_invitation"
  /** A demo crossed the "hot" engagement threshold, to SALES_EMAIL (docs/engagement.md). */
  | "hot_lead";

/** One rendered email to queue. Rendering (templates) happens before, sending (`deliverEmails`) after. */
export type EmailInput = {
  kind: EmailKind;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Unique per message (e.g. `demo_ready:<organizationId>`): a repeated key stores nothing new. */
  dedupeKey: string;
  /** The demo it concerns, if any (the console shows the demo's emails). */
  organizationId?: string | null;
  /** The demo_notifications kind this email fulfils; its `sent_at` is set when the email goes out. */
  notificationKind?: string;
  /** The body holds a secret (a login code, a sign-in link): cleared once sent, given up or superseded. */
  sensitive?: boolean;
  /** Give up at this instant even if attempts remain (a login code is useless after its own expiry). */
  expiresAt?: Date;
  /**
   * When it is first due, by the app's clock (default: now). Delivery compares due times with the app's
   * clock too, so a database clock ahead of the app's never delays the first attempt.
   */
  dueAt?: Date;
};

/**
 * Writes an email to the durable queue (`email_outbox`) with the caller's client — pass the transaction
 * of the change that causes it, so the email exists exactly when the change commits. The row is due at
 * once: the caller runs `deliverEmails([id])` after its response (`after()`), and the lifecycle run
 * retries whatever is still pending (docs/production.md, "Email delivery").
 * @returns the queued email's id, or null when `dedupeKey` was already queued (nothing written).
 */
export async function enqueueEmail(tx: Pick<Prisma.TransactionClient, "emailOutbox">, email: EmailInput): Promise<bigint | null> {
  const rows = await tx.emailOutbox.createManyAndReturn({
    data: [
      {
        kind: email.kind,
        toAddress: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html ?? null,
        dedupeKey: email.dedupeKey,
        organizationId: email.organizationId ?? null,
        notificationKind: email.notificationKind ?? null,
        sensitive: email.sensitive ?? false,
        expiresAt: email.expiresAt ?? null,
        nextAttemptAt: email.dueAt ?? new Date(),
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  return rows[0]?.id ?? null;
}
