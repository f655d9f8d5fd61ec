import { formatMonth, formatPercent, formatShortDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n";
import type { QuorumPoint } from "@/server/dashboard/get-overview-charts";
import { chartColors } from "./chart-colors";
import { ChartFrame } from "./chart-ticks";

/**
 * Coefficients present per closed assembly (bars, green with quorum, amber without) against the 50 %
 * line, drawn on the server in HTML and CSS: no chart library reaches the browser, the bars are there
 * with the first paint and keep their size at any width. Heights are percentages of the drawing area
 * (0–100 % of the coefficients). Each bar's `title` gives its assembly, date and share on hover.
 */
export function QuorumChart({ locale, points }: { locale: Locale; points: QuorumPoint[] }) {
  return (
    <ChartFrame locale={locale} axis="y" area="top-5 right-2 bottom-6 left-12">
      <div className="absolute inset-0 flex items-end justify-around gap-2">
        {points.map((point) => (
          <div key={point.id} className="relative flex h-full max-w-16 min-w-0 flex-1 flex-col justify-end" data-chart-mark>
            <span
              className="absolute inset-x-0 text-center font-semibold whitespace-nowrap text-slate-900 tabular-nums"
              style={{ bottom: `calc(${point.quorumPercent}% + 2px)` }}
            >
              {formatPercent(locale, point.quorumPercent, 1)}
            </span>
            <div
              className="w-full rounded-t-md"
              style={{ height: `${point.quorumPercent}%`, backgroundColor: point.met ? chartColors.met : chartColors.notMet }}
              title={`${point.title} · ${formatShortDate(locale, point.scheduledAt)} · ${formatPercent(locale, point.quorumPercent)}`}
            />
            <span className="absolute top-full left-1/2 mt-1.5 -translate-x-1/2 whitespace-nowrap">
              {formatMonth(locale, point.scheduledAt)}
            </span>
          </div>
        ))}
      </div>
      <div className="absolute inset-x-0 border-t-2 border-dashed" style={{ bottom: "50%", borderColor: chartColors.reference }} />
    </ChartFrame>
  );
}
