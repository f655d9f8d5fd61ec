import "server-only";
import { randomUUID } from "node:crypto";
import { canonicalEmail } from "@/lib/validation";
import { prisma } from "@/server/db/client";
import type { Locale } from "@/lib/i18n";
import { AppError } from "@/server/http/app-error";
import { otpEmail } from "@/server/mail/templates";
import { deliverEmails } from "@/server/mail/deliver-emails";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { verifyMailTransport } from "@/server/mail/send-mail";
import { log } from "@/server/log";
import { metrics } from "@/server/observability/metrics";
import { enforceRateLimit } from "@/server/rate-limit/enforce-rate-limit";
import { issueLoginCredential } from "./issue-login-credential";
import { signInLinkUrl } from "./sign-in-link-url";

/** Retry-After (s) of the 503 when the login code could not be emailed: a short SMTP outage's length. */
export const OTP_EMAIL_RETRY_AFTER_S = 60;

/**
 * Issues a login credential for `email` when it, or the address it is an alias of (same canonical
 * address, `users.email_key`), has an account (docs/rules.md#login-codes): sent to `email` as typed. A fresh
 * 6-digit code and a one-click sign-in link (`issueLoginCredential`: one credential, either form spends
 * it) replace any previous ones, stored only as hashes, valid 10 minutes (OTP_TTL_MS), 0 attempts used.
 * The credential and its email are written in ONE transaction (the durable email queue, `enqueueEmail`,
 * sensitive: the body is cleared once sent or expired; a still-pending email of an older code is marked
 * "superseded"), then sent at once, inside the request, so that the person learns when it failed.
 * No enumeration (docs/decisions/0042-login-code-delivery.md): for an address without an account the
 * same SMTP session is opened and closed without sending (`verifyMailTransport`), so the answer — and,
 * closely, its timing — depends only on whether the mail server works, never on the account.
 * A code whose immediate send failed stays queued; the lifecycle run retries it until its expiry.
 * @param input.locale the language of the email (the only text this renders).
 * @throws AppError("rate_limited") past otpRequestPerIp or otpRequestPerEmail;
 *   AppError("email_unavailable") (503, Retry-After OTP_EMAIL_RETRY_AFTER_S) when the email could not be
 *   sent now.
 */
export async function requestOtp(input: { email: string; ip: string; locale: Locale; now?: Date }): Promise<void> {
  await enforceRateLimit("otpRequestPerIp", input.ip);
  await enforceRateLimit("otpRequestPerEmail", canonicalEmail(input.email));

  // Any alias of the account's address ("ana+x@…" for "ana@…") reaches the one account; the code goes
  // to the address typed and is bound to it (docs/rules.md#personal-data-ley-1581-de-2012).
  const user = await prisma.user.findUnique({ where: { emailKey: canonicalEmail(input.email) }, select: { id: true, locale: true } });
  if (!user) {
    try {
      await verifyMailTransport();
    } catch (err) {
      log.warn({ err }, "mail server unavailable for a login-code request");
      throw new AppError("email_unavailable", { retryAfterSeconds: OTP_EMAIL_RETRY_AFTER_S });
    }
    return;
  }

  const now = input.now ?? new Date();
  const emailId = await prisma.$transaction(async (tx) => {
    const { code, linkToken, expiresAt } = await issueLoginCredential(tx, { email: input.email, now });
    await tx.emailOutbox.updateMany({
      where: { toAddress: input.email, kind: "login_code", status: "pending" },
      data: { status: "superseded", subject: null, text: null, html: null },
    });
    return enqueueEmail(tx, {
      kind: "login_code",
      to: input.email,
      ...otpEmail(input.locale, { code, url: signInLinkUrl(input.email, linkToken) }),
      dedupeKey: `login_code:${input.email}:${randomUUID()}`,
      sensitive: true,
      expiresAt,
      dueAt: now,
    });
  });

  const { sent } = await deliverEmails({ ids: emailId === null ? [] : [emailId], now, direct: true });
  if (sent === 0) throw new AppError("email_unavailable", { retryAfterSeconds: OTP_EMAIL_RETRY_AFTER_S });
  metrics.otpSent.inc();
}
