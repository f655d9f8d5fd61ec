"use client";

import Link from "next/link";
import { type Locale, messagesByLocale } from "@/lib/i18n";
import "./globals.css";

/**
 * The words, the retry button and the stylesheet of src/app/global-error.tsx and src/app/error.tsx, loaded
 * only when one of those pages shows. `homeHref` adds a link home (error.tsx; the global page only retries).
 */
export default function GlobalErrorMessage({ locale, reset, homeHref }: { locale: Locale; reset: () => void; homeHref?: string }) {
  const t = messagesByLocale[locale].errorPage;
  return (
    <>
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="rounded-md border px-4 py-2" onClick={reset}>
        {t.retry}
      </button>
      {homeHref ? (
        <Link className="underline" href={homeHref} prefetch={false}>
          {t.home}
        </Link>
      ) : null}
    </>
  );
}
