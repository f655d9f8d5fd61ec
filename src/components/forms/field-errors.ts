/** One error code per field ("fullName" → "invalid_name"); errors about the whole form are under `FORM_ERROR`. */
export type FieldErrors = Record<string, string>;

/** Key of errors that belong to no single field (e.g. "empty_update"). */
export const FORM_ERROR = "_";

/** The first code of each field of an API error's `fields` (`{ email: ["invalid_email"] }`). */
export function fieldErrorsFromApi(fields: Record<string, string[]> | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, codes] of Object.entries(fields ?? {})) {
    const key = path.split(".")[0] || FORM_ERROR;
    if (codes[0]) out[key] ??= codes[0];
  }
  return out;
}
