import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { ClientMessages } from "@/components/client-messages";
import { TALK_TO_SALES_NAMESPACES } from "@/components/sales/namespaces";
import { TalkToSales } from "@/components/sales/talk-to-sales";
import { getTranslator, type Locale } from "@/lib/i18n";

/**
 * Why no assembly can be convened (the demo's single credit is spent) and the way forward: sales.
 * Used by the new-assembly page with 0 credits and by its form when the server answers 409 no_credits.
 * @param message the server's localized message, when the refusal came from it.
 */
export function NoCreditsPanel({ locale, message }: { locale: Locale; message?: string }) {
  const t = getTranslator(locale, "assemblies");
  return (
    <section
      aria-labelledby="no-credits-title"
      data-testid="no-credits"
      className="rounded-xl border border-amber-300 bg-amber-50 p-5 shadow-sm sm:p-6"
      role={message ? "alert" : undefined}
    >
      <h2 id="no-credits-title" className="text-lg font-semibold text-amber-950">
        {t("noCreditsTitle")}
      </h2>
      {message ? <p className="mt-2 text-sm font-medium text-amber-950">{message}</p> : null}
      <p className="mt-2 max-w-2xl text-sm text-amber-950">{t("noCreditsBody")}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <ClientMessages locale={locale} namespaces={TALK_TO_SALES_NAMESPACES}>
          <TalkToSales source="no_credits" />
        </ClientMessages>
        <Link href="/dashboard/admin-ph/assemblies" className={buttonStyles("secondary")}>
          {t("backToList")}
        </Link>
      </div>
    </section>
  );
}
