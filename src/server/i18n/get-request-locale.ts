import "server-only";
import { cookies, headers } from "next/headers";
import { type Locale, resolveLocale } from "@/lib/i18n";
import { resolveDemoOrg } from "@/server/tenancy/resolve-demo-org";

/** Name of the cookie that stores the visitor's explicit language choice ("es" | "en"). */
export const LOCALE_COOKIE = "locale";

/**
 * The locale of the current request: the visitor's explicit choice (cookie), then `preferred` (e.g. the
 * demo organization's locale), then `Accept-Language`, else Spanish (docs/rules.md#language).
 */
export async function getRequestLocale(preferred?: string | null): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, preferred, headerList.get("accept-language"));
}

/**
 * The locale the UI renders in: the visitor's explicit choice (cookie), then the logged-in demo's
 * organization locale (Settings), then `Accept-Language`, else Spanish (docs/rules.md#language).
 */
export async function getUiLocale(): Promise<Locale> {
  const access = await resolveDemoOrg();
  return getRequestLocale(access.kind === "active" || access.kind === "expired" ? access.organization.locale : null);
}
