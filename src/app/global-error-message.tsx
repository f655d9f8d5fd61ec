"use client";

import { type Locale, messagesByLocale } from "@/lib/i18n";
import "./globals.css";

/** The words, the retry button and the stylesheet of src/app/global-error.tsx, loaded only when that page shows. */
export default function GlobalErrorMessage({ locale, reset }: { locale: Locale; reset: () => void }) {
  const t = messagesByLocale[locale].errorPage;
  return (
    <>
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="rounded-md border px-4 py-2" onClick={reset}>
        {t.retry}
      </button>
    </>
  );
}
