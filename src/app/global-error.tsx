"use client";

// The last-resort page when even the root layout failed (so no IntlProvider): its own <html>, the
// language from the page or the browser, and the same words as error.tsx. No stack, no server message.
import { messagesByLocale, resolveLocale } from "@/lib/i18n";
import "./globals.css";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = resolveLocale(
    typeof document === "undefined" ? undefined : /(?:^|;\s*)locale=([^;]+)/.exec(document.cookie)?.[1],
    typeof navigator === "undefined" ? null : navigator.language,
  );
  const t = messagesByLocale[locale].errorPage;
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <main className="mx-auto flex min-h-[60dvh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
          <h1 className="text-2xl font-semibold">{t.title}</h1>
          <p>{t.body}</p>
          <button type="button" className="rounded-md border px-4 py-2" onClick={reset}>
            {t.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
