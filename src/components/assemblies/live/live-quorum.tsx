"use client";

import { useTranslations } from "use-intl";
import { formatPercent } from "@/lib/format";
import type { LiveSummary } from "@/server/assemblies/get-live-summary";
import { usePageLocale } from "../use-assembly-message";

/**
 * The live quorum: coefficients present or represented on a bar with the 50 % line (Ley 675 de 2001
 * art. 45), met or not, and the units present. `large` is the projection's size.
 */
export function LiveQuorum({ summary, large = false }: { summary: LiveSummary; large?: boolean }) {
  const t = useTranslations("live");
  const locale = usePageLocale();
  const percent = Math.min(100, summary.quorumPercent);
  return (
    <section aria-label={t("quorumTitle")} data-testid="live-quorum" className={large ? "space-y-4" : "space-y-2"}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className={large ? "text-3xl font-semibold" : "text-base font-semibold text-slate-900"}>{t("quorumTitle")}</h2>
        <span
          data-testid="live-quorum-state"
          className={`rounded-full px-3 py-1 font-semibold ${large ? "text-2xl" : "text-xs"} ${
            summary.quorumMet ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"
          }`}
        >
          {summary.quorumMet ? t("quorumMet") : t("quorumNotMet")}
        </span>
      </div>
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className={`font-bold tabular-nums ${large ? "text-7xl" : "text-3xl text-slate-900"}`} data-testid="live-quorum-percent">
          {formatPercent(locale, summary.quorumPercent)}
        </span>
        <span className={large ? "text-2xl" : "text-sm text-slate-600"}>{t("quorumPresent")}</span>
      </p>
      <div
        className={`relative rounded-full bg-slate-200 ${large ? "h-8" : "h-3"}`}
        role="meter"
        aria-label={t("quorumTitle")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(percent * 100) / 100}
      >
        <div
          className={`h-full rounded-full transition-[width] duration-500 ${summary.quorumMet ? "bg-emerald-600" : "bg-amber-500"}`}
          style={{ width: `${percent}%` }}
        />
        <div className="absolute inset-y-[-4px] left-1/2 w-1 bg-slate-800" aria-hidden="true" />
      </div>
      <p className={large ? "text-xl" : "text-xs text-slate-600"}>{t("threshold")}</p>
      <p className={large ? "text-2xl" : "text-sm text-slate-800"} data-testid="live-units">
        {t("units", { present: summary.presentUnits, total: summary.totalUnits, proxies: summary.proxies })}
      </p>
    </section>
  );
}
