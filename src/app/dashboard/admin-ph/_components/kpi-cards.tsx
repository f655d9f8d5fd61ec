import Link from "next/link";
import type { ReactNode } from "react";
import { formatDayMonth, formatTime } from "@/lib/format";
import { percentToPpm, TOTAL_PPM } from "@/lib/governance";
import { formatNumber, formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { DashboardOverview } from "@/server/dashboard/get-dashboard-overview";

type Kpi = { id: string; label: string; value: ReactNode; hint: ReactNode };

/**
 * The overview's headline numbers: units, residents, dues, assembly credits, next assembly and the
 * quorum of the last closed one. `assemblyHref` turns the assembly cards into links (not in the
 * read-only public demo, whose visitors cannot open them).
 */
export function KpiCards({
  locale,
  overview,
  credits,
  assemblyHref,
}: {
  locale: Locale;
  overview: DashboardOverview;
  credits: number;
  assemblyHref?: (id: string) => string;
}) {
  const t = getTranslator(locale, "overview");
  const link = (id: string, text: string) =>
    assemblyHref ? (
      <Link href={assemblyHref(id)} className="text-brand rounded-sm font-medium underline-offset-2 hover:underline">
        {text}
      </Link>
    ) : (
      text
    );
  const lastMet = overview.lastQuorumPercent !== null && percentToPpm(overview.lastQuorumPercent) * 2 > TOTAL_PPM;
  const cards: Kpi[] = [
    { id: "kpi-units", label: t("kpiUnits"), value: formatNumber(locale, overview.unitCount), hint: t("kpiUnitsHint") },
    { id: "kpi-residents", label: t("kpiResidents"), value: formatNumber(locale, overview.residentCount), hint: t("kpiResidentsHint") },
    {
      id: "kpi-dues",
      label: t("kpiDues"),
      value: t("kpiDuesValue", { count: formatNumber(locale, overview.unitCount - overview.arrearsCount) }),
      hint: (
        <span className={overview.arrearsCount > 0 ? "font-medium text-red-700" : undefined}>
          {t("kpiDuesHint", { count: overview.arrearsCount })}
        </span>
      ),
    },
    {
      id: "kpi-credits",
      label: t("kpiCredits"),
      value: formatNumber(locale, credits),
      hint: credits > 0 ? t("kpiCreditsHint") : t("kpiCreditsNone"),
    },
    {
      id: "kpi-next-assembly",
      label: t("kpiNextAssembly"),
      value: overview.nextAssembly ? formatDayMonth(locale, overview.nextAssembly.scheduledAt) : t("none"),
      hint: overview.nextAssembly ? (
        <>
          {formatTime(locale, overview.nextAssembly.scheduledAt)} · {link(overview.nextAssembly.id, overview.nextAssembly.title)}
        </>
      ) : (
        t("kpiNoNextAssembly")
      ),
    },
    {
      id: "kpi-last-quorum",
      label: t("kpiLastQuorum"),
      value: overview.lastQuorumPercent ? formatPercent(locale, overview.lastQuorumPercent) : t("none"),
      hint: overview.lastAssembly ? (
        <span className={lastMet ? "font-medium text-emerald-700" : "font-medium text-amber-800"}>
          {lastMet ? t("quorumMet") : t("quorumNotMet")}
        </span>
      ) : (
        t("kpiNoLastQuorum")
      ),
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      {cards.map((card) => (
        <div
          key={card.id}
          data-testid={card.id}
          className="flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase">{card.label}</dt>
          <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{card.value}</dd>
          <dd className="mt-1 line-clamp-2 text-xs text-slate-600">{card.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
