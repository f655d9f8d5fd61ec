import "server-only";
import { env } from "@/env";
import { getSessionUser } from "@/server/auth/get-session-user";
import { prisma } from "@/server/db/client";

/** A member of the sales team, as the console's actions record them (`actor` = email). */
export type AdminUser = { id: string; email: string };

export type AdminAccess = { kind: "unauthenticated" } | { kind: "forbidden" } | { kind: "admin"; admin: AdminUser };

/**
 * Who may use the sales console (docs/rules.md#sales-console): the session's user is re-read from the
 * database on every request — the JWT is only an identity — and must have role SUPER_ADMIN AND an email
 * listed in SUPER_ADMIN_EMAILS (removing an email from the list revokes access at once, sessions
 * included). The page-side twin of `withAdmin`: the /admin pages call it and redirect or 404 on refusal.
 * @returns "unauthenticated" (no session, or its user no longer exists), "forbidden", or the admin.
 */
export async function resolveAdmin(): Promise<AdminAccess> {
  const sessionUser = await getSessionUser();
  if (!sessionUser) return { kind: "unauthenticated" };
  const user = await prisma.user.findUnique({ where: { id: sessionUser.id }, select: { id: true, email: true, role: true } });
  if (!user) return { kind: "unauthenticated" };
  if (user.role !== "SUPER_ADMIN" || !env.SUPER_ADMIN_EMAILS.includes(user.email.toLowerCase())) return { kind: "forbidden" };
  return { kind: "admin", admin: { id: user.id, email: user.email } };
}
