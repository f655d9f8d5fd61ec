/**
 * i18n on top of `use-intl` (the maintained core of next-intl): ICU messages, plurals and
 * locale-aware dates and numbers, usable on the server (`getTranslator`) and on the client
 * (`IntlProvider`). Spanish is the default; English is available.
 */
import { createTranslator } from "use-intl/core";
import { en } from "./messages.en";
import { es, type Messages } from "./messages.es";

export const locales = ["es", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "es";

export const messagesByLocale: Record<Locale, Messages> = { es, en };

/** A top-level group of the catalogue ("common", "login", "assemblies"…). */
export type Namespace = keyof Messages;

/**
 * Only `namespaces` of a locale's catalogue: what a page hands to its client components, so the HTML
 * carries the few messages they use rather than the whole catalogue (about 30 KB). Server components
 * keep reading everything through `getTranslator`.
 */
export function pickMessages<N extends Namespace>(locale: Locale, namespaces: readonly N[]): Pick<Messages, N> {
  const all = messagesByLocale[locale];
  return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]])) as Pick<Messages, N>;
}

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

/** A translator for one namespace, e.g. `getTranslator("en", "api")("rateLimited")`. */
export function getTranslator<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messagesByLocale[locale], namespace });
}
