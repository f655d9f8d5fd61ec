import compile from "icu-minify/compile";
import formatMessage from "use-intl/format-message";
import formatOnly from "use-intl/format-message/format-only";

/**
 * True where the bundler resolves use-intl's message formatter to its precompiled variant
 * (`turbopack.resolveAlias` in next.config.mjs: every bundle Next builds — server, SSR and browser).
 * There, messages must be compiled ahead of time (`compileMessages`) and the browser carries no ICU
 * parser; elsewhere (tsx scripts, Vitest) use-intl parses ICU strings at runtime, as before. Both
 * produce the same text: `src/lib/i18n/i18n.test.ts` formats every message of both catalogues both ways.
 */
export const messagesArePrecompiled: boolean = (formatMessage as unknown) === (formatOnly as unknown);

/** A catalogue: namespace → key → ICU message. */
export type Catalogue = Record<string, Record<string, string>>;

/**
 * The same catalogue with each ICU message compiled by icu-minify (plain text stays a string; a message
 * with arguments becomes a small JSON array the formatter walks). Copied through JSON: icu-minify builds
 * plural branches as null-prototype objects, which React refuses to pass to client components.
 * @throws on an ICU syntax error.
 */
export function compileMessages<M extends Catalogue>(messages: M): M {
  return Object.fromEntries(
    Object.entries(messages).map(([namespace, group]) => [
      namespace,
      Object.fromEntries(Object.entries(group).map(([key, message]) => [key, JSON.parse(JSON.stringify(compile(message)))])),
    ]),
  ) as unknown as M;
}
