import { Badge } from "@/components/assemblies/badges";
import { formatShortDate } from "@/lib/format";
import { formatNumber, formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { DashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import type { OverviewCharts } from "@/server/dashboard/get-overview-charts";
import { ChartCard, LegendSwatch } from "./chart-card";
import { chartColors } from "./chart-colors";
import { DuesChart } from "./dues-chart";
import { QuorumChart } from "./quorum-chart";
import { VotesChart } from "./votes-chart";

/** The id, title and description of the `name` chart's card ("chart-quorum", "quorumTitle", "quorumDescription"). */
function chartTexts(t: ReturnType<typeof getTranslator<"charts">>, name: "quorum" | "dues") {
  return { id: `chart-${name}`, title: t(`${name}Title`), description: t(`${name}Description`) };
}

/** Quorum of each closed assembly of the year, with its summary and a data table for screen readers. */
export function QuorumChartCard({ locale, points, className }: { locale: Locale; points: OverviewCharts["quorum"]; className?: string }) {
  const t = getTranslator(locale, "charts");
  const met = points.filter((p) => p.met).length;
  const average = points.length ? points.reduce((sum, p) => sum + p.quorumPercent, 0) / points.length : 0;
  return (
    <ChartCard
      {...chartTexts(t, "quorum")}
      className={className}
      empty={points.length ? undefined : t("quorumEmpty")}
      legend={
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          <LegendSwatch color={chartColors.met}>{t("met")}</LegendSwatch>
          <LegendSwatch color={chartColors.notMet}>{t("notMet")}</LegendSwatch>
          <span className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block w-5 border-t-2 border-dashed border-slate-700" />
            {t("quorumLine")}
          </span>
        </p>
      }
      summary={t("quorumSummary", { met, total: points.length, average: formatPercent(locale, average) })}
      table={
        // A table ignores overflow, so the visually hidden box is a div around it (else it widens the page).
        <div className="sr-only">
          <table>
            <caption>
              {t("dataTable")}: {t("quorumTitle")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("colAssembly")}</th>
                <th scope="col">{t("colDate")}</th>
                <th scope="col">{t("colQuorum")}</th>
                <th scope="col">{t("colUnits")}</th>
                <th scope="col">{t("colResult")}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.title}</th>
                  <td>{formatShortDate(locale, p.scheduledAt)}</td>
                  <td>{formatPercent(locale, p.quorumPercent)}</td>
                  <td>{formatNumber(locale, p.attendingUnits)}</td>
                  <td>{p.met ? t("met") : t("notMet")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    >
      <QuorumChart locale={locale} points={points} />
    </ChartCard>
  );
}

const duesLegend = [
  { key: "upToDate", background: "bg-emerald-50", text: "text-emerald-900" },
  { key: "inArrears", background: "bg-red-50", text: "text-red-900" },
] as const;

/** Units up to date vs in arrears; the legend carries the counts and shares in text. */
export function DuesChartCard({
  locale,
  dues,
  className,
}: {
  locale: Locale;
  dues: DashboardOverview["charts"]["dues"];
  className?: string;
}) {
  const t = getTranslator(locale, "charts");
  const total = dues.upToDate + dues.inArrears;
  const share = (n: number) => formatPercent(locale, total ? (n / total) * 100 : 0, 0);
  return (
    <ChartCard
      {...chartTexts(t, "dues")}
      className={className}
      legend={
        <ul className="mt-3 grid grid-cols-2 gap-2 text-sm">
          {duesLegend.map((entry) => (
            <li key={entry.key} className={`rounded-lg px-3 py-2 ${entry.background}`}>
              <LegendSwatch color={chartColors[entry.key]}>
                <span className={entry.text}>{t(entry.key)}</span>
              </LegendSwatch>
              <span className="mt-0.5 block text-lg font-semibold text-slate-900 tabular-nums">
                {formatNumber(locale, dues[entry.key])}{" "}
                <span className="text-sm font-normal text-slate-600">({share(dues[entry.key])})</span>
              </span>
            </li>
          ))}
        </ul>
      }
      summary={t("duesSummary", {
        upToDate: formatNumber(locale, dues.upToDate),
        upToDatePercent: share(dues.upToDate),
        inArrears: formatNumber(locale, dues.inArrears),
        inArrearsPercent: share(dues.inArrears),
      })}
    >
      <DuesChart locale={locale} upToDate={dues.upToDate} inArrears={dues.inArrears} />
    </ChartCard>
  );
}

/** The weighted votes of the last closed assembly, one stacked bar per item, listed in text below (or why it has none). */
export function VotesChartCard({ locale, votes, className }: { locale: Locale; votes: OverviewCharts["votes"]; className?: string }) {
  const t = getTranslator(locale, "charts");
  const items = votes?.items ?? [];
  return (
    <ChartCard
      id="chart-votes"
      className={className}
      title={t("votesTitle")}
      description={
        !votes
          ? t("votesEmpty")
          : votes.quorumMet
            ? t("votesDescription", { title: votes.title, date: formatShortDate(locale, votes.scheduledAt) })
            : t("votesNoQuorum", { title: votes.title, date: formatShortDate(locale, votes.scheduledAt) })
      }
      empty={items.length ? undefined : t("votesDescriptionEmpty")}
      legend={
        <>
          <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
            <LegendSwatch color={chartColors.yes}>{t("yes")}</LegendSwatch>
            <LegendSwatch color={chartColors.no}>{t("no")}</LegendSwatch>
            <LegendSwatch color={chartColors.abstain}>{t("abstain")}</LegendSwatch>
            <LegendSwatch color={chartColors.notVoted}>{t("notVoted")}</LegendSwatch>
          </p>
          <ol className="mt-3 divide-y divide-slate-100 border-t border-slate-100 text-sm">
            {items.map((item) => (
              <li key={item.id} className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-2 py-2.5">
                <span className="font-semibold text-slate-500">{t("itemShort", { position: item.position })}</span>
                <div className="min-w-0">
                  <div className="flex items-start justify-between gap-3">
                    <span className="text-slate-900">{item.title}</span>
                    <Badge tone={item.passed ? "emerald" : "red"}>{item.passed ? t("passed") : t("failed")}</Badge>
                  </div>
                  <p className="mt-0.5 text-xs text-slate-600 tabular-nums">
                    {t("yes")} {formatPercent(locale, item.yes, 1)} · {t("no")} {formatPercent(locale, item.no, 1)} · {t("abstain")}{" "}
                    {formatPercent(locale, item.abstain, 1)}
                    {item.majority === "qualified"
                      ? ` · ${t("qualifiedNote", { percent: formatPercent(locale, item.yesOfBuilding, 1) })}`
                      : ""}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        </>
      }
      summary={t("votesSummary", { passed: items.filter((i) => i.passed).length, total: items.length })}
    >
      <VotesChart locale={locale} items={items} />
    </ChartCard>
  );
}
