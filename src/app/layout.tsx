import type { Metadata } from "next";
import type { ReactNode } from "react";
import { IntlProvider } from "@/components/intl-provider";
import { getTranslator, messagesByLocale } from "@/lib/i18n";
import { getUiLocale } from "@/server/i18n/get-request-locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = getTranslator(await getUiLocale(), "landing");
  return { title: "Assembly — Demo", description: t("heroBody"), icons: { icon: "/icon.svg" } };
}

async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getUiLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <IntlProvider locale={locale} messages={messagesByLocale[locale]}>
          {children}
        </IntlProvider>
      </body>
    </html>
  );
}

export default RootLayout;
