import "server-only";
import { prisma } from "@/server/db/client";
import type { Locale } from "@/lib/i18n";
import { otpEmail } from "@/server/mail/templates";
import { sendMail } from "@/server/mail/send-mail";
import { log } from "@/server/log";
import { metrics } from "@/server/observability/metrics";
import { enforceRateLimit } from "@/server/rate-limit/enforce-rate-limit";
import { issueLoginCredential } from "./issue-login-credential";
import { signInLinkUrl } from "./sign-in-link-url";

/**
 * Issues a login credential for `email` when it has an account (docs/rules.md#login-codes): a fresh
 * 6-digit code and a one-click sign-in link (`issueLoginCredential`: one credential, either form spends
 * it) replace any previous ones, stored only as hashes, valid 10 minutes (OTP_TTL_MS), 0 attempts used.
 * The email carries both.
 * The caller answers the same thing whether or not the account exists; the email itself is sent by the
 * returned `deliver` task, which the route runs after the response so that timing does not reveal
 * whether a message was sent either.
 * @returns `{ deliver }`, a task that sends the email and counts it in `assembly_otp_sent_total`
 *   (undefined when there is no account).
 * @throws AppError("rate_limited") past otpRequestPerIp or otpRequestPerEmail.
 */
export async function requestOtp(input: {
  email: string;
  ip: string;
  locale: Locale;
  now?: Date;
}): Promise<{ deliver?: () => Promise<void> }> {
  await enforceRateLimit("otpRequestPerIp", input.ip);
  await enforceRateLimit("otpRequestPerEmail", input.email);

  const user = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true, locale: true } });
  if (!user) return {};

  const { code, linkToken } = await issueLoginCredential(prisma, { email: input.email, now: input.now });
  const url = signInLinkUrl(input.email, linkToken);

  const locale = input.locale;
  return {
    deliver: async () => {
      try {
        await sendMail({ to: input.email, ...otpEmail(locale, { code, url }) });
        metrics.otpSent.inc();
      } catch (err) {
        log.error({ err, userId: user.id }, "otp email failed");
      }
    },
  };
}
