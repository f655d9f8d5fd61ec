import "server-only";
import { notFound, redirect } from "next/navigation";
import { flattenParams, type RawSearchParams } from "@/components/admin/format";
import { type AdminUser, resolveAdmin } from "@/server/admin/resolve-admin";
import { getRequestLocale } from "@/server/i18n/get-request-locale";

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

/**
 * The start of every console list page: the gate (`requireAdmin`), the request's locale and the first value of
 * each search parameter (the filters, the page) — `{ admin, locale, params }`.
 */
export async function openConsolePage(path: string, searchParams: Promise<RawSearchParams>) {
  const [admin, raw, locale] = await Promise.all([requireAdmin(path), searchParams, getRequestLocale()]);
  return { admin, locale, params: flattenParams(raw) };
}
