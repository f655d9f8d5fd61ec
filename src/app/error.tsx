"use client";

// The friendly page for any error of a page (a database outage, a bug): no stack, no message from the
// server (Next.js redacts them in production anyway), a retry and a way home, in the visitor's language.
// This boundary sits above the root layouts (src/app has none of its own), so it cannot rely on their
// message provider: like global-error.tsx it takes the language from the page or the browser and loads
// its words in a chunk fetched only when it shows (docs/performance.md).
import { lazy, Suspense } from "react";
import { resolveLocale } from "@/lib/i18n/locales";

const ErrorMessage = lazy(() => import("./global-error-message"));

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = resolveLocale(
    typeof document === "undefined" ? undefined : document.documentElement.lang || undefined,
    typeof navigator === "undefined" ? null : navigator.language,
  );
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <Suspense fallback={null}>
        <ErrorMessage locale={locale} reset={reset} homeHref="/" />
      </Suspense>
    </main>
  );
}
