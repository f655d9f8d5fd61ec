/**
 * What `use-intl/format-message` resolves to in Next's bundles (`turbopack.resolveAlias` in
 * next.config.mjs): use-intl's formatter of messages compiled ahead of time, which needs no ICU parser
 * (`src/lib/i18n/compiled.ts` compiles the catalogues).
 */
export { default } from "use-intl/format-message/format-only";
