import "server-only";
import { prisma } from "@/server/db/client";
import { metrics } from "@/server/observability/metrics";
import { type AuthUser, completeSignIn } from "./complete-sign-in";
import { hashLinkToken } from "./otp-hash";
import { OTP_MAX_ATTEMPTS } from "./otp-policy";

/**
 * Signs in with a one-click link (`createSignInLink`): the token must be the one of the latest
 * credential issued to exactly this `email` (the hash binds token and email, so a link is worthless
 * for any other address), unexpired (10 minutes, OTP_TTL_MS), unused — neither the link nor its code
 * used before — and not locked by 5 wrong codes (OTP_MAX_ATTEMPTS). The check and the consumption are
 * one atomic UPDATE, so two clicks racing sign in once. The token has 256 bits, so a wrong link spends
 * no attempt. Rules: docs/decisions/0027-sign-in-link.md.
 * @returns the user on success; null for any failure (never says which). Failures count in
 *   `assembly_otp_failed_total{reason="bad_link"}`.
 */
export async function verifySignInLink(input: { email: string; token: string; now?: Date }): Promise<AuthUser | null> {
  const now = input.now ?? new Date();
  const consumed = await prisma.$executeRaw`
    UPDATE one_time_codes SET consumed_at = ${now}
    WHERE email = ${input.email} AND link_hash = ${hashLinkToken(input.email, input.token)}
      AND consumed_at IS NULL AND expires_at > ${now} AND attempts < ${OTP_MAX_ATTEMPTS}`;
  if (consumed !== 1) {
    metrics.otpFailed.inc({ reason: "bad_link" });
    return null;
  }
  return completeSignIn(input.email, now);
}
