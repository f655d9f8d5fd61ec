/**
 * i18n on top of `use-intl` (the maintained core of next-intl): ICU messages, plurals and
 * locale-aware dates and numbers, usable on the server (`getTranslator`) and on the client
 * (`IntlProvider`). Spanish is the default; English is available.
 */
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import { compileMessages, messagesArePrecompiled } from "./compiled";
import { en } from "./messages.en";
import { es, type Messages } from "./messages.es";
import { type Locale, locales } from "./locales";

// Client components import these from "@/lib/i18n/locales": this module carries both catalogues.
export { defaultLocale, isLocale, type Locale, locales, resolveLocale } from "./locales";

/** The catalogues as written (ICU strings): for code that reads a message as text, without formatting it. */
export const messagesByLocale: Record<Locale, Messages> = { es, en };

const formattable = new Map<Locale, Messages>();

/**
 * The catalogue use-intl formats in this environment: compiled ahead of time inside Next's bundles
 * (`messagesArePrecompiled`, once per language per process), the ICU strings elsewhere.
 */
function catalogue(locale: Locale): Messages {
  if (!messagesArePrecompiled) return messagesByLocale[locale];
  let compiled = formattable.get(locale);
  if (!compiled) formattable.set(locale, (compiled = compileMessages(messagesByLocale[locale])));
  return compiled;
}

/** A top-level group of the catalogue ("common", "login", "assemblies"…). */
export type Namespace = keyof Messages;

/**
 * Only `namespaces` of a locale's catalogue: what a page hands to its client components, so the HTML
 * carries the few messages they use rather than the whole catalogue (about 30 KB). Server components
 * keep reading everything through `getTranslator`.
 */
export function pickMessages<N extends Namespace>(locale: Locale, namespaces: readonly N[]): Pick<Messages, N> {
  const all = catalogue(locale);
  return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]])) as Pick<Messages, N>;
}

/**
 * Compiled messages and Intl formatters, one set per language for the life of the process. use-intl
 * otherwise starts an empty cache with every translator, so each page parsed its ICU messages and built
 * its number formats again on every request. Everything in it is derived from the (immutable) catalogue
 * and the formats asked for: a memo, not state.
 */
const intlCaches = Object.fromEntries(
  locales.map((locale) => {
    const cache = _createCache();
    return [locale, { cache, formatters: _createIntlFormatters(cache) }];
  }),
) as Record<Locale, { cache: ReturnType<typeof _createCache>; formatters: ReturnType<typeof _createIntlFormatters> }>;

/** A translator for one namespace, e.g. `getTranslator("en", "api")("rateLimited")`. */
export function getTranslator<N extends keyof Messages>(locale: Locale, namespace: N) {
  const { cache, formatters } = intlCaches[locale];
  return createTranslator({ locale, messages: catalogue(locale), namespace, _cache: cache, _formatters: formatters });
}
