import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslator, type Locale } from "@/lib/i18n";

/**
 * The `<html>` and `<body>` of every page. The app has one root layout per top-level section (Next's
 * "multiple root layouts"): the public landing (`src/app/[locale]/layout.tsx`) is rendered at build time
 * once per language, so it must not read the request; the sections rendered per request (`/login`,
 * `/demo`, `/dashboard`, `/admin`) use `RequestRootLayout`. A new top-level page needs a layout.tsx of
 * its own that renders one of them (see docs/performance.md).
 */
export function RootDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}

/** Title, description (the landing's pitch) and icon shared by every page, in `locale`. */
export function rootMetadata(locale: Locale): Metadata {
  return { title: "Assembly — Demo", description: getTranslator(locale, "landing")("heroBody"), icons: { icon: "/icon.svg" } };
}
