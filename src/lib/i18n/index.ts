/**
 * i18n on top of `use-intl` (the maintained core of next-intl): ICU messages, plurals and
 * locale-aware dates and numbers, usable on the server (`getTranslator`) and on the client
 * (`IntlProvider`). Spanish is the default; English is available.
 */
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import { compileMessages, messagesArePrecompiled } from "./compiled";
import { en } from "./messages.en";
import { es, type Messages } from "./messages.es";
import type { Locale } from "./locales";

// Client components import these from "@/lib/i18n/locales": this module carries both catalogues.
export { defaultLocale, isLocale, type Locale, locales, resolveLocale } from "./locales";

/** The catalogues as written (ICU strings): for code that reads a message as text, without formatting it. */
export const messagesByLocale: Record<Locale, Messages> = { es, en };

type LocaleIntl = {
  messages: Messages;
  cache: ReturnType<typeof _createCache>;
  formatters: ReturnType<typeof _createIntlFormatters>;
};
const intlByLocale = new Map<Locale, LocaleIntl>();

/**
 * Everything use-intl needs for one language, built on first use and kept for the life of the process:
 * the catalogue it formats — compiled ahead of time inside Next's bundles (`messagesArePrecompiled`), the
 * ICU strings elsewhere — and its cache of Intl formatters. use-intl otherwise starts an empty cache with
 * every translator, so each page built its formatters again on every request. All of it is derived from
 * the (immutable) catalogue and the formats asked for: a memo, not state.
 */
function intlOf(locale: Locale): LocaleIntl {
  let intl = intlByLocale.get(locale);
  if (!intl) {
    const cache = _createCache();
    const messages = messagesArePrecompiled ? compileMessages(messagesByLocale[locale]) : messagesByLocale[locale];
    intlByLocale.set(locale, (intl = { messages, cache, formatters: _createIntlFormatters(cache) }));
  }
  return intl;
}

/** A top-level group of the catalogue ("common", "login", "assemblies"…). */
export type Namespace = keyof Messages;

/**
 * Only `namespaces` of a locale's catalogue: what a page hands to its client components, so the HTML
 * carries the few messages they use rather than the whole catalogue (about 30 KB). Server components
 * keep reading everything through `getTranslator`.
 */
export function pickMessages<N extends Namespace>(locale: Locale, namespaces: readonly N[]): Pick<Messages, N> {
  const all = intlOf(locale).messages;
  return Object.fromEntries(namespaces.map((namespace) => [namespace, all[namespace]])) as Pick<Messages, N>;
}

/** A translator for one namespace, e.g. `getTranslator("en", "api")("rateLimited")`. */
export function getTranslator<N extends keyof Messages>(locale: Locale, namespace: N) {
  const { messages, cache, formatters } = intlOf(locale);
  return createTranslator({ locale, messages, namespace, _cache: cache, _formatters: formatters });
}
