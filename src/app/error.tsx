"use client";

// The friendly page for any error of a page (a database outage, a bug): no stack, no message from the
// server (Next.js redacts them in production anyway), a retry and a way home, in the visitor's language.
import Link from "next/link";
import { useTranslations } from "use-intl";
import { buttonStyles } from "@/components/ui/button-styles";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main className="mx-auto flex min-h-[60dvh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-600">{t("body")}</p>
      <div className="flex gap-3">
        <button type="button" className={buttonStyles("primary")} onClick={reset}>
          {t("retry")}
        </button>
        <Link className={buttonStyles("secondary")} href="/">
          {t("home")}
        </Link>
      </div>
    </main>
  );
}
