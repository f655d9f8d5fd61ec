import { ClientMessages } from "@/components/client-messages";
import { TALK_TO_SALES_NAMESPACES } from "@/components/sales/namespaces";
import { TalkToSales } from "@/components/sales/talk-to-sales";
import { RequestMoreTime } from "@/components/engagement/request-more-time";
import { getTranslator, type Locale } from "@/lib/i18n";
import { DAY_MS } from "@/server/demo/demo-policy";

/**
 * "DEMO — Tu demo vence en N días" (hours on the last day). Days are rounded up: a demo with 14.2 days
 * left shows 15, one with 20 hours left shows "20 horas". A demo that expires offers "Pedir más tiempo".
 */
export function DemoBanner({ locale, expiresAt, now }: { locale: Locale; expiresAt: Date | null; now: Date }) {
  const t = getTranslator(locale, "dashboard");
  let text = t("noExpiry");
  if (expiresAt) {
    const msLeft = Math.max(0, expiresAt.getTime() - now.getTime());
    text =
      msLeft < DAY_MS
        ? t("hoursLeft", { hours: Math.max(1, Math.ceil(msLeft / 3_600_000)) })
        : t("daysLeft", { days: Math.ceil(msLeft / DAY_MS) });
  }
  return (
    // Only the countdown is a live region: the "Hablar con ventas" dialog must not sit inside one.
    <div className="flex flex-wrap items-center justify-center gap-3 bg-amber-100 px-4 py-2 text-sm text-amber-950">
      <span className="rounded bg-amber-900 px-2 py-0.5 text-xs font-bold tracking-wide text-amber-50">
        {getTranslator(locale, "common")("demoBadge")}
      </span>
      <span role="status">{text}</span>
      <ClientMessages locale={locale} namespaces={TALK_TO_SALES_NAMESPACES}>
        <TalkToSales source="banner" className="rounded-sm font-semibold underline underline-offset-2" />
      </ClientMessages>
      {expiresAt ? <RequestMoreTime locale={locale} /> : null}
    </div>
  );
}
