import { z } from "zod";

// zod would probe `new Function` to speed up parsing; the CSP forbids eval, so opt out explicitly.
z.config({ jitless: true });

/** C0 control characters and DEL, except tab, line feed and carriage return. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A UTF-16 surrogate without its pair: not valid Unicode, refused by PostgreSQL's JSON. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Free text a person typed: trimmed, `min`–`max` characters, well-formed Unicode (no lone surrogates)
 * and without control characters — PostgreSQL refuses NUL in text and lone surrogates in JSON, which
 * the fuzz test found answering 500 (docs/rules.md#demo-request).
 * Every failure reports `error` (a message key or code).
 */
export function plainText(opts: { min?: number; max: number; error: string }) {
  const { min = 0, max, error } = opts;
  return z
    .string({ error })
    .trim()
    .min(min, { error })
    .max(max, { error })
    .refine((value) => !CONTROL_CHARACTERS.test(value) && !LONE_SURROGATE.test(value), { error });
}
