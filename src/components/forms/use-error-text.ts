"use client";

import { useTranslations } from "use-intl";

/** Error codes of the shared zod schemas that have their own text in the `forms` messages. */
const knownCodes = [
  "invalid_name",
  "invalid_email",
  "invalid_phone",
  "invalid_type",
  "invalid_unit",
  "invalid_color",
  "invalid_locale",
  "empty_update",
] as const;
type KnownCode = (typeof knownCodes)[number];

function isKnownCode(code: string): code is KnownCode {
  return (knownCodes as readonly string[]).includes(code);
}

/** Maps a validation code ("invalid_phone") to localized text; unknown codes get a generic "check this field". */
export function useErrorText() {
  const t = useTranslations("forms");
  return (code: string) => (isKnownCode(code) ? t(code) : t("invalidField"));
}
