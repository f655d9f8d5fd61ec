import { formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { VoteItemPoint } from "@/server/dashboard/get-overview-charts";
import { chartColors } from "./chart-colors";
import { ChartFrame } from "./chart-ticks";

const SERIES = ["yes", "no", "abstain", "notVoted"] as const;

/**
 * Each voted agenda item as one stacked bar: yes / no / abstain / did not vote, in % of the coefficients
 * present (the four add up to 100). Drawn on the server in HTML and CSS, like the quorum chart; each
 * segment's `title` names its share on hover.
 */
export function VotesChart({ locale, items }: { locale: Locale; items: VoteItemPoint[] }) {
  const t = getTranslator(locale, "charts");
  return (
    <ChartFrame locale={locale} axis="x" area="top-1 right-3 bottom-6 left-10">
      <ol className="absolute inset-0 flex flex-col justify-around">
        {items.map((item) => (
          <li key={item.id} className="relative flex h-7 max-h-[18%] items-center" data-chart-mark>
            <span className="absolute right-full mr-2 font-semibold">{t("itemShort", { position: item.position })}</span>
            <div className="flex h-full w-full overflow-hidden rounded">
              {SERIES.map((key) => (
                <div
                  key={key}
                  className="h-full"
                  style={{ width: `${item[key]}%`, backgroundColor: chartColors[key] }}
                  title={`${item.position}. ${item.title} · ${t(key)}: ${formatPercent(locale, item[key])}`}
                />
              ))}
            </div>
          </li>
        ))}
      </ol>
    </ChartFrame>
  );
}
