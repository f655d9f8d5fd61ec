import "server-only";
import { canonicalEmail } from "@/lib/validation";
import { prisma } from "@/server/db/client";
import { recordEvent } from "@/server/events/record-event";

/** Who logged in, as the JWT carries it. */
export type AuthUser = { id: string; email: string; role: "ADMIN_PH" | "SUPER_ADMIN"; organizationId: string | null; isDemo: boolean };

/**
 * The common end of a successful sign-in (code or link), after the credential was consumed: stamps
 * `users.last_login_at` and records a "login" demo event for the user's organization. `email` is the
 * address the credential was sent to, possibly an alias: the account is the one of its canonical address.
 * @returns the user as the JWT carries it.
 * @throws Prisma's P2025 when `email` has no account (callers only reach here for a consumed credential,
 *   which exists only for accounts).
 */
export async function completeSignIn(email: string, now: Date): Promise<AuthUser> {
  const user = await prisma.user.update({
    where: { emailKey: canonicalEmail(email) },
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
