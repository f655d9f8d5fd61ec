"use client";

import { useTranslations } from "use-intl";
import { voteChoices } from "@/components/ui/vote-choices";
import { formatPercent } from "@/lib/format";
import type { LiveItem } from "@/server/assemblies/get-live-summary";
import { usePageLocale } from "../use-assembly-message";

/**
 * One item's live tally: yes / no / abstain as % of the coefficients present (what the simple
 * majority of art. 45 measures), the units that voted, the rule, and whether it would pass now.
 */
export function LiveTally({ item, large = false }: { item: LiveItem; large?: boolean }) {
  const t = useTranslations("live");
  const locale = usePageLocale();
  return (
    <div data-testid="live-tally" className={large ? "space-y-3" : "space-y-1.5"}>
      {voteChoices.map((bar) => (
        <div key={bar.key} className="grid grid-cols-[7rem_1fr_5rem] items-center gap-2 sm:grid-cols-[8rem_1fr_6rem]">
          <span className={large ? "text-2xl" : "text-sm text-slate-700"}>{t(bar.key)}</span>
          <div className={`rounded-full bg-slate-100 ${large ? "h-6" : "h-2.5"}`} aria-hidden="true">
            <div className={`h-full rounded-full ${bar.bar}`} style={{ width: `${Math.min(100, item[`${bar.key}OfPresent`])}%` }} />
          </div>
          <span data-testid={`live-${bar.key}`} className={`text-right tabular-nums ${large ? "text-2xl font-semibold" : "text-sm"}`}>
            {formatPercent(locale, item[`${bar.key}OfPresent`])}
          </span>
        </div>
      ))}
      <p className={`flex flex-wrap justify-between gap-2 ${large ? "text-xl" : "text-xs text-slate-600"}`}>
        <span data-testid="live-votes">{t("votes", { count: item.votes })}</span>
        <span>{item.majority === "simple" ? t("ruleSimple") : t("ruleQualified")}</span>
        <span data-testid="live-verdict" className={item.passed ? "font-semibold text-emerald-800" : "font-semibold text-slate-700"}>
          {item.passed ? t("wouldPass") : t("wouldFail")}
        </span>
      </p>
    </div>
  );
}
