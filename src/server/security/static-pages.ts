import "server-only";
import type { NextRequest } from "next/server";
import { locales, resolveLocale } from "@/lib/i18n";
import { LOCALE_COOKIE } from "@/server/i18n/get-request-locale";

/**
 * `Cache-Control` of the pages prerendered at build time (the landing page): browsers revalidate on
 * every visit (`max-age=0`, so a new deployment shows at once, and the back/forward cache stays on);
 * shared caches (Vercel's CDN, any CDN) keep the page for an hour (`s-maxage`) and may answer with the
 * stale copy for a day while they fetch a fresh one in the background (`stale-while-revalidate`), so a
 * campaign burst never waits on the origin. Vercel also purges its CDN on every deployment.
 */
export const STATIC_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=3600, stale-while-revalidate=86400";

/** The public pages prerendered per language under `src/app/[locale]/`, by their path without a language: "" is the landing page. */
export const STATIC_PAGE_PATHS = ["", "/privacidad"] as const;

/**
 * The prerendered page a request is for, if any: `GET`/`HEAD /` → the landing page in the visitor's
 * language (`locale` cookie, then Accept-Language, else Spanish), served by rewriting to `/es` or `/en`;
 * `/privacidad` (the privacy notice, docs/rules.md#personal-data-ley-1581-de-2012) likewise to
 * `/es/privacidad` or `/en/privacidad`; the language-prefixed paths themselves (shareable links to one
 * language) as they are.
 * @returns the page's route ("/es", "/en/privacidad") and whether the request must be rewritten to it; null otherwise.
 */
export function staticPageOf(request: NextRequest): { route: string; rewrite: boolean } | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const { pathname } = request.nextUrl;
  const page = STATIC_PAGE_PATHS.find((p) => pathname === (p || "/"));
  if (page !== undefined) {
    const locale = resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
    return { route: `/${locale}${page}`, rewrite: true };
  }
  const prefixed = locales.some((locale) => STATIC_PAGE_PATHS.some((p) => pathname === `/${locale}${p}`));
  return prefixed ? { route: pathname, rewrite: false } : null;
}
