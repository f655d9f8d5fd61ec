import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslator, type Locale } from "@/lib/i18n";

/**
 * The id of an empty element after the page's shell, which `<link rel="expect" blocking="render">`
 * waits for. Without it a browser may paint the first frame while the HTML is still being parsed —
 * the header alone — and the page's main text (its largest contentful paint) a frame or more later,
 * after the framework's scripts have run: on a phone that is hundreds of milliseconds
 * (docs/performance.md, "One first frame"). Browsers without `rel=expect` ignore both.
 */
const SHELL_END_ID = "shell-end";

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
      <head>
        {/* The first frame waits until the page's shell (all but what streams in behind a Suspense boundary) is parsed. */}
        <link rel="expect" href={`#${SHELL_END_ID}`} blocking="render" />
      </head>
      <body className="min-h-dvh">
        {children}
        <span id={SHELL_END_ID} hidden />
      </body>
    </html>
  );
}

/** Title, description (the landing's pitch) and icon shared by every page, in `locale`. */
export function rootMetadata(locale: Locale): Metadata {
  return { title: "Assembly — Demo", description: getTranslator(locale, "landing")("heroBody"), icons: { icon: "/icon.svg" } };
}
