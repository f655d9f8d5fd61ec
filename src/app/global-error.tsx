"use client";

// The last-resort page when even the root layout failed (so no IntlProvider): its own <html>, the
// language from the page or the browser, and the same words as error.tsx. No stack, no server message.
// Next loads this file's code with every page, so the words and the stylesheet come with a chunk fetched
// only when the page is shown: importing the catalogue here would put both languages' messages on every
// page, and importing the stylesheet (inlined, experimental.inlineCss) one more copy of it into every
// page's HTML (docs/performance.md).
import { lazy, Suspense } from "react";
import { resolveLocale } from "@/lib/i18n/locales";

const GlobalErrorMessage = lazy(() => import("./global-error-message"));

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = resolveLocale(
    typeof document === "undefined" ? undefined : /(?:^|;\s*)locale=([^;]+)/.exec(document.cookie)?.[1],
    typeof navigator === "undefined" ? null : navigator.language,
  );
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <main className="mx-auto flex min-h-[60dvh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
          <Suspense fallback={null}>
            <GlobalErrorMessage locale={locale} reset={reset} />
          </Suspense>
        </main>
      </body>
    </html>
  );
}
