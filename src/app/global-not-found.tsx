import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { buttonStyles } from "@/components/ui/button-styles";
import { messagesByLocale } from "@/lib/i18n";
import "./globals.css";

// The branded 404 of every URL no route matches (Next's global-not-found, needed because the app has one root
// layout per section — docs/performance.md). It is rendered without the request, so it speaks both languages:
// Spanish first, then English.
const es = messagesByLocale.es.notFound;
const en = messagesByLocale.en.notFound;

export const metadata: Metadata = { title: `${es.metaTitle} / ${en.metaTitle}`, icons: { icon: "/icon.svg" } };

export default function GlobalNotFound() {
  return (
    <html lang="es">
      <body className="min-h-dvh bg-slate-50">
        <header className="mx-auto flex w-full max-w-6xl items-center px-4 py-4 sm:px-6">
          <Logo />
        </header>
        <main className="mx-auto flex min-h-[60dvh] max-w-lg flex-col items-center justify-center gap-4 p-6 text-center">
          <p className="text-brand-strong text-sm font-semibold">404</p>
          <h1 className="text-2xl font-bold text-slate-900">{es.title}</h1>
          <p className="text-slate-600">{es.body}</p>
          <p lang="en" className="text-sm text-slate-500">
            {en.title}. {en.body}
          </p>
          <div className="flex flex-wrap justify-center gap-3">
            <Link className={buttonStyles("primary")} href="/">
              {es.home}
            </Link>
            <Link className={buttonStyles("secondary")} href="/login">
              {es.login}
            </Link>
          </div>
          <p lang="en" className="text-sm">
            <Link href="/" className="text-brand-strong underline underline-offset-4">
              {en.home}
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
