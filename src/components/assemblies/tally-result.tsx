"use client";

import { useTranslations } from "use-intl";
import { voteChoices as segments } from "@/components/ui/vote-choices";
import { formatPercent } from "@/lib/format";
import type { TallyView } from "@/server/assemblies/to-assembly-detail";
import { Badge } from "./badges";
import { usePageLocale } from "./use-assembly-message";

/**
 * An agenda item's weighted result: yes / no / abstain as shares of the coefficients present (a bar,
 * the rest being present units that did not vote), passed or not, and the majority rule that decides
 * it explained in words. While the assembly is open the verdict reads as provisional; without quorum
 * nothing is decided (Ley 675 art. 45), whatever the votes say.
 */
export function TallyResult({ tally, closed, quorumMet }: { tally: TallyView; closed: boolean; quorumMet: boolean }) {
  const t = useTranslations("assemblies");
  const locale = usePageLocale();
  const decided = quorumMet ? (tally.passed ? t("resultPassed") : t("resultFailed")) : t("resultNoQuorum");
  const provisional = quorumMet ? (tally.passed ? t("resultPassingNow") : t("resultFailingNow")) : t("resultNoQuorumYet");
  const verdict = closed ? decided : provisional;
  const tone = !quorumMet ? "amber" : tally.passed ? "emerald" : closed ? "red" : "amber";
  return (
    <div className="mt-3 rounded-lg border border-slate-200 bg-slate-50/60 p-3" data-testid="tally">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Badge tone={tone} testId="tally-verdict">
          {verdict}
        </Badge>
        <span className="text-xs text-slate-600">{t("votesCount", { count: tally.votes })}</span>
      </div>
      <div className="mt-3 flex h-3 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        {segments.map((segment) => (
          <div key={segment.key} className={segment.bar} style={{ width: `${Number(tally[`${segment.key}Percent`])}%` }} />
        ))}
      </div>
      <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
        {segments.map((segment) => (
          <div key={segment.key}>
            <dt className="flex items-center gap-1.5 text-xs text-slate-600">
              <span aria-hidden="true" className={`inline-block size-2.5 rounded-sm ${segment.bar}`} />
              {t(segment.key)}
            </dt>
            <dd className="font-semibold text-slate-900 tabular-nums" data-testid={`tally-${segment.key}`}>
              {formatPercent(locale, tally[`${segment.key}Percent`])}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-600">
        {t("resultBase")} {tally.majority === "simple" ? t("majoritySimpleRule") : t("majorityQualifiedRule")}
      </p>
      {tally.majority === "qualified" ? (
        <p className="mt-1 text-xs font-medium text-slate-700">
          {t("yesOfBuilding", { percent: formatPercent(locale, tally.yesPercentOfBuilding) })}
        </p>
      ) : null}
    </div>
  );
}
