import type { ReactNode } from "react";
import { formatPercent } from "@/lib/format";
import type { Locale } from "@/lib/i18n";
import { chartColors } from "./chart-colors";

const TICKS = [0, 25, 50, 75, 100];

/**
 * The 0–100 % grid of a chart drawn in HTML and CSS: a line and its label every 25 %, across the drawing area
 * (`axis="y"`: horizontal lines, labels on the left) or down it (`axis="x"`: vertical lines, labels below).
 */
export function ChartTicks({ locale, axis }: { locale: Locale; axis: "x" | "y" }) {
  return TICKS.map((tick) =>
    axis === "y" ? (
      <div key={tick} className="absolute inset-x-0 border-t" style={{ bottom: `${tick}%`, borderColor: chartColors.grid }}>
        <span className="absolute right-full mr-2 -translate-y-1/2 tabular-nums">{formatPercent(locale, tick, 0)}</span>
      </div>
    ) : (
      <div key={tick} className="absolute inset-y-0 border-l" style={{ left: `${tick}%`, borderColor: chartColors.grid }}>
        <span className="absolute top-full mt-1.5 -translate-x-1/2 tabular-nums">{formatPercent(locale, tick, 0)}</span>
      </div>
    ),
  );
}

/**
 * The frame of a chart drawn in HTML and CSS: the whole box in the axis colour, the drawing area inset by `area`
 * (room for the labels) with its 0–100 % grid along `axis`, and the marks (`children`) over it.
 */
export function ChartFrame({ locale, axis, area, children }: { locale: Locale; axis: "x" | "y"; area: string; children: ReactNode }) {
  return (
    <div className="relative h-full w-full text-xs" style={{ color: chartColors.axis }}>
      <div className={`absolute ${area}`}>
        <ChartTicks locale={locale} axis={axis} />
        {children}
      </div>
    </div>
  );
}
