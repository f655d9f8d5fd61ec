import { Card } from "@/components/ui/card";
import { formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { QuorumView } from "@/server/assemblies/to-assembly-detail";
import { QuorumBadge } from "./badges";

/**
 * The quorum of an assembly: coefficients present (live while scheduled, the closing snapshot once
 * closed) on a bar with the 50 % threshold, met or not, and how many units attend.
 */
export function QuorumPanel({ locale, quorum, closed }: { locale: Locale; quorum: QuorumView; closed: boolean }) {
  const t = getTranslator(locale, "assemblies");
  const percent = Math.min(100, Number(quorum.percentPresent));
  return (
    <Card id="quorum-heading" testId="quorum-panel" title={t("quorumTitle")} action={<QuorumBadge locale={locale} met={quorum.met} />}>
      <p className="mt-3 flex flex-wrap items-baseline gap-x-2">
        <span className="text-3xl font-bold text-slate-900 tabular-nums" data-testid="quorum-percent">
          {formatPercent(locale, quorum.percentPresent)}
        </span>
        <span className="text-sm text-slate-600">{t("quorumPresent")}</span>
      </p>
      <div className="relative mt-3 h-3 rounded-full bg-slate-100" aria-hidden="true">
        <div className={`h-3 rounded-full ${quorum.met ? "bg-emerald-600" : "bg-amber-500"}`} style={{ width: `${percent}%` }} />
        <div className="absolute inset-y-[-4px] left-1/2 w-0.5 bg-slate-700" title={t("quorumThreshold")} />
      </div>
      <p className="mt-1 text-right text-xs text-slate-600">{t("quorumThreshold")}</p>
      <p className="mt-2 text-sm text-slate-800">
        {t("quorumUnits", { attending: quorum.attendingUnits, total: quorum.totalUnits, proxies: quorum.proxies })}
      </p>
      <p className="mt-1 text-xs text-slate-600">
        {closed ? t("quorumSnapshot") : t("quorumLive")} {t("quorumRule")}
      </p>
    </Card>
  );
}
