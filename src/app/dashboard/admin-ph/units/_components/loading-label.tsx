"use client";

import { useTranslations } from "use-intl";

/** The skeleton's text for screen readers (a loading file has no access to the page's locale). */
export const LoadingLabel = () => <span className="sr-only">{useTranslations("units")("loading")}</span>;
