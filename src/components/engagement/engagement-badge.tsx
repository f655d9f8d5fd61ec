import { getTranslator, type Locale } from "@/lib/i18n";

/** Same thresholds as src/server/engagement/score.ts (ENGAGEMENT_THRESHOLDS), for colour only. */
const levelOf = (score: number) => (score >= 70 ? "hot" : score >= 40 ? "warm" : "cold");

const styles = {
  cold: "bg-slate-100 text-slate-700",
  warm: "bg-amber-100 text-amber-900",
  hot: "bg-rose-100 text-rose-900",
} as const;

/**
 * A demo's engagement score (0–100, docs/engagement.md) as a pill with its level in words
 * ("62/100 · Tibio"); "—" for a lead without a demo.
 */
export function EngagementBadge({ locale, score }: { locale: Locale; score: number | null }) {
  if (score === null) return <span className="text-sm text-slate-500">—</span>;
  const t = getTranslator(locale, "adminEngagement");
  const level = levelOf(score);
  const label = { cold: t("levelCold"), warm: t("levelWarm"), hot: t("levelHot") }[level];
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap tabular-nums ${styles[level]}`}
      data-testid="engagement-score"
      data-score={score}
    >
      {t("scoreOf", { score })} · {label}
    </span>
  );
}
