import "server-only";
import { notFound, redirect } from "next/navigation";
import { type AdminUser, resolveAdmin } from "@/server/admin/resolve-admin";

/**
 * The sales-console gate of every /admin page: no session → the login page (back to `path` after);
 * anyone but a sales admin → 404, so the console's existence is not revealed (docs/rules.md#tenancy-and-isolation).
 */
export async function requireAdmin(path: string): Promise<AdminUser> {
  const access = await resolveAdmin();
  if (access.kind === "unauthenticated") redirect(`/login?callbackUrl=${path}`);
  if (access.kind === "forbidden") notFound();
  return access.admin;
}
