import "server-only";
import { prisma } from "@/server/db/client";
import { metrics } from "@/server/observability/metrics";
import { otpCodeMatches } from "./otp-hash";
import { OTP_MAX_ATTEMPTS } from "./otp-policy";
import { type AuthUser, completeSignIn } from "./complete-sign-in";

export type { AuthUser } from "./complete-sign-in";

/**
 * Checks a typed code and consumes it, and with it the sign-in link of the same credential
 * (docs/rules.md#login-codes): the code must be the latest one sent to this
 * email, unexpired, unused, with fewer than 5 attempts (OTP_MAX_ATTEMPTS) spent — every try spends one,
 * atomically, so parallel guesses cannot exceed the limit. Comparison is constant-time.
 * @returns the user on success; null for any failure (never says which, so nothing is enumerable).
 *   Failures count in `assembly_otp_failed_total{reason}`: "wrong_code", or "no_usable_code" (none
 *   sent, expired, already used, or locked after 5 tries).
 */
export async function verifyOtp(input: { email: string; code: string; now?: Date }): Promise<AuthUser | null> {
  const now = input.now ?? new Date();
  const rows = await prisma.$queryRaw<{ id: string; code_hash: string }[]>`
    UPDATE one_time_codes SET attempts = attempts + 1
    WHERE email = ${input.email} AND consumed_at IS NULL AND expires_at > ${now} AND attempts < ${OTP_MAX_ATTEMPTS}
    RETURNING id, code_hash`;
  const row = rows[0];
  if (!row) return refused("no_usable_code");
  if (!otpCodeMatches(input.email, input.code, row.code_hash)) return refused("wrong_code");

  const consumed =
    await prisma.$executeRaw`UPDATE one_time_codes SET consumed_at = ${now} WHERE id = ${row.id}::uuid AND consumed_at IS NULL`;
  if (consumed !== 1) return refused("no_usable_code");

  return completeSignIn(input.email, now);
}

function refused(reason: "wrong_code" | "no_usable_code"): null {
  metrics.otpFailed.inc({ reason });
  return null;
}
