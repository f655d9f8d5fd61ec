"use client";

import { useTranslations } from "use-intl";

/** The skeleton's text for screen readers (a loading file has no access to the page's locale). */
export function LoadingLabel() {
  return <span className="sr-only">{useTranslations("units")("loading")}</span>;
}
