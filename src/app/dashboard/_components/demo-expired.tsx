import Link from "next/link";
import { ClientMessages } from "@/components/client-messages";
import { TALK_TO_SALES_NAMESPACES } from "@/components/sales/namespaces";
import { TalkToSales } from "@/components/sales/talk-to-sales";
import { RequestMoreTime } from "@/components/engagement/request-more-time";
import { getTranslator, type Locale } from "@/lib/i18n";
import { LogoutButton } from "./logout-button";

/** The "Demo vencido" screen shown instead of any page of an expired demo. */
export function DemoExpired({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "expired");
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col items-center justify-center gap-6 p-6 text-center">
      <span className="rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900">DEMO</span>
      <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
      <p className="text-slate-700">{t("body")}</p>
      <div className="flex flex-wrap justify-center gap-3">
        <ClientMessages locale={locale} namespaces={TALK_TO_SALES_NAMESPACES}>
          <TalkToSales source="expired" className="rounded-lg bg-slate-900 px-4 py-2 font-medium text-white" />
        </ClientMessages>
        <RequestMoreTime locale={locale} variant="button" />
        <Link className="rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-800" href="/">
          {t("home")}
        </Link>
        <LogoutButton />
      </div>
    </main>
  );
}
