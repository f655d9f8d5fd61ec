import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RootDocument, rootMetadata } from "@/components/root-document";
import { type Locale, locales } from "@/lib/i18n";
import { localeOf, type LocaleParams as Params } from "./locale-param";
import "../public.css";

// Root layout of the public landing page, rendered at build time once per language (/es, /en) and
// served for GET / by src/proxy.ts, which picks the language (cookie, then Accept-Language) and
// rewrites to it. Nothing here may read the request: that would make the page dynamic again
// (docs/performance.md).
export const dynamicParams = false;

export function generateStaticParams(): { locale: Locale }[] {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  return rootMetadata(await localeOf(props));
}

export default async function Layout(props: Params & { children: ReactNode }) {
  return <RootDocument locale={await localeOf(props)}>{props.children}</RootDocument>;
}
