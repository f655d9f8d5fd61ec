import "server-only";
import { prisma } from "@/server/db/client";
import type { Locale } from "@/lib/i18n";
import { otpEmail } from "@/server/mail/templates";
import { sendMail } from "@/server/mail/send-mail";
import { log } from "@/server/log";
import { metrics } from "@/server/observability/metrics";
import { enforceRateLimit } from "@/server/rate-limit/enforce-rate-limit";
import { generateOtpCode, hashOtpCode } from "./otp-hash";
import { OTP_TTL_MS } from "./otp-policy";

/**
 * Issues a login code for `email` when it has an account (docs/rules.md#login-codes): a fresh 6-digit code replaces
 * any previous one, stored only as a hash, valid 10 minutes (OTP_TTL_MS), 0 attempts used.
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

  const now = input.now ?? new Date();
  const code = generateOtpCode();
  const fields = {
    codeHash: hashOtpCode(input.email, code),
    attempts: 0,
    expiresAt: new Date(now.getTime() + OTP_TTL_MS),
    consumedAt: null,
    createdAt: now,
  };
  await prisma.oneTimeCode.upsert({
    where: { email: input.email },
    create: { email: input.email, ...fields },
    update: fields,
    select: { id: true },
  });

  const locale = input.locale;
  return {
    deliver: async () => {
      try {
        await sendMail({ to: input.email, ...otpEmail(locale, code) });
        metrics.otpSent.inc();
      } catch (err) {
        log.error({ err, userId: user.id }, "otp email failed");
      }
    },
  };
}
