import "server-only";
import { prisma } from "@/server/db/client";
import { metrics } from "@/server/observability/metrics";
import { otpCodeMatches } from "./otp-hash";
import { OTP_MAX_ATTEMPTS } from "./otp-policy";
import { recordEvent } from "@/server/events/record-event";

/** Who logged in, as the JWT carries it. */
export type AuthUser = { id: string; email: string; role: "ADMIN_PH" | "SUPER_ADMIN"; organizationId: string | null; isDemo: boolean };

/**
 * Checks a typed code and consumes it (docs/rules.md#login-codes): the code must be the latest one sent to this
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

  const user = await prisma.user.update({
    where: { email: input.email },
    data: { lastLoginAt: now },
    select: { id: true, email: true, role: true, organizationId: true, organization: { select: { isDemo: true } } },
  });
  if (user.organizationId) {
    await recordEvent(prisma, { organizationId: user.organizationId, type: "login", actor: user.email });
  }
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    organizationId: user.organizationId,
    isDemo: user.organization?.isDemo ?? false,
  };
}

function refused(reason: "wrong_code" | "no_usable_code"): null {
  metrics.otpFailed.inc({ reason });
  return null;
}
