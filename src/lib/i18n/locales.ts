/**
 * The supported languages and how a visitor's language is chosen — without the catalogues, so that
 * client components can import these few lines without shipping every message of both languages to the
 * browser (docs/performance.md). `@/lib/i18n` re-exports all of it for server code.
 */
export const locales = ["es", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "es";

/** True when `value` is one of the supported locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * Picks the first supported locale among candidates (explicit choice, then demo setting, then an
 * `Accept-Language` header such as "en-US,en;q=0.9"), else Spanish.
 */
export function resolveLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    if (!candidate) continue;
    for (const part of candidate.split(",")) {
      const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
      if (isLocale(tag)) return tag;
    }
  }
  return defaultLocale;
}
