import { formatDate } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { AppError } from "./app-error";

/**
 * The person-facing text of `error` in `locale` — the one mapping from an error code to words: the
 * `errors.<code>` catalogue entry, ICU-formatted with the error's params (Date params as a long date,
 * e.g. "12 de marzo de 2026"). Used by `errorResponse` and by the Node server's body guard, which
 * answers before Next.js runs (docs/architecture.md, "Errors at the boundary").
 */
export function errorMessage(error: Pick<AppError, "code" | "params">, locale: Locale): string {
  const params = error.params
    ? Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, v instanceof Date ? formatDate(locale, v) : v]))
    : undefined;
  return getTranslator(locale, "errors")(error.code, params);
}
