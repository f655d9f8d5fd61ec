import { formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import { chartColors } from "./chart-colors";

/** Radius of the ring's centre line and its width, in units of a 100 × 100 viewBox. */
const RADIUS = 37.5;
const WIDTH = 13;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/**
 * Units up to date vs in arrears as a ring (clockwise from the top, up to date first), with the share
 * up to date in its centre: two SVG circle strokes of the shares' lengths, drawn on the server.
 */
export function DuesChart({ locale, upToDate, inArrears }: { locale: Locale; upToDate: number; inArrears: number }) {
  const t = getTranslator(locale, "charts");
  const total = upToDate + inArrears;
  const share = total === 0 ? 0 : upToDate / total;
  const slices = [
    { key: "upToDate", length: share * CIRCUMFERENCE, offset: 0, color: chartColors.upToDate },
    { key: "inArrears", length: (1 - share) * CIRCUMFERENCE, offset: share * CIRCUMFERENCE, color: chartColors.inArrears },
  ].filter((slice) => total > 0 && slice.length > 0);
  return (
    <div className="relative h-full w-full">
      <svg viewBox="0 0 100 100" className="h-full w-full" role="presentation" data-chart-mark>
        <g transform="rotate(-90 50 50)">
          <circle cx="50" cy="50" r={RADIUS} fill="none" stroke={chartColors.notVoted} strokeWidth={WIDTH} />
          {slices.map((slice) => (
            <circle
              key={slice.key}
              cx="50"
              cy="50"
              r={RADIUS}
              fill="none"
              stroke={slice.color}
              strokeWidth={WIDTH}
              strokeDasharray={`${slice.length} ${CIRCUMFERENCE}`}
              strokeDashoffset={-slice.offset}
            />
          ))}
        </g>
      </svg>
      <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center">
        <span className="text-3xl font-bold text-slate-900 tabular-nums">{formatPercent(locale, share * 100, 0)}</span>
        <span className="text-sm text-slate-600">{t("duesCenter")}</span>
      </div>
    </div>
  );
}
