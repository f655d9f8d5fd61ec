"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useLocale, useTranslations } from "use-intl";
import { type Locale, locales } from "@/lib/i18n/locales";

/** Same literal as `LOCALE_COOKIE` in src/server/i18n/get-request-locale.ts (a server-only module). */
const LOCALE_COOKIE = "locale";
const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

/** Each language is named in itself, so a visitor can find theirs whatever the page's language. */
const languageNames: Record<Locale, string> = { es: "Español", en: "English" };

/** Stores the explicit choice where the server reads it (the `locale` cookie, one year). */
function persistLocale(locale: Locale): void {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_IN_SECONDS}; samesite=lax`;
}

/** Two buttons (Español / English) that store the choice in a cookie and re-render the server tree. */
export function LocaleSwitcher() {
  const t = useTranslations("common");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const choose = (locale: Locale) => {
    persistLocale(locale);
    startTransition(() => router.refresh());
  };

  return (
    <div
      role="group"
      aria-label={t("language")}
      aria-busy={pending}
      className="inline-flex rounded-full border border-slate-200 bg-white p-0.5 text-xs font-medium shadow-sm"
    >
      {locales.map((locale) => {
        const active = locale === current;
        return (
          <button
            key={locale}
            type="button"
            lang={locale}
            aria-pressed={active}
            disabled={pending}
            onClick={() => !active && choose(locale)}
            className={`rounded-full px-3 py-1.5 transition-colors ${
              active ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            }`}
          >
            {languageNames[locale]}
          </button>
        );
      })}
    </div>
  );
}
