"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslations } from "use-intl";
import { formatMonth, formatShortDate } from "@/lib/format";
import { formatPercent } from "@/lib/format";
import type { QuorumPoint } from "@/server/dashboard/get-overview-charts";
import { chartColors } from "./chart-colors";
import { useChartEnv } from "./use-chart-env";

type Datum = QuorumPoint & { month: string };

/** Coefficients present per closed assembly (bars, green with quorum, amber without) against the 50 % line. */
export function QuorumChart({ points }: { points: QuorumPoint[] }) {
  const t = useTranslations("charts");
  const { mounted, animate, locale } = useChartEnv();
  if (!mounted) return null;
  const data: Datum[] = points.map((point) => ({ ...point, month: formatMonth(locale, point.scheduledAt) }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 20, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={chartColors.grid} />
        <XAxis dataKey="month" tickLine={false} axisLine={{ stroke: chartColors.grid }} tick={{ fill: chartColors.axis, fontSize: 12 }} />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          width={48}
          tickLine={false}
          axisLine={false}
          tick={{ fill: chartColors.axis, fontSize: 12 }}
          tickFormatter={(value: number) => formatPercent(locale, value, 0)}
        />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          content={({ active, payload }) => {
            const datum = active ? (payload?.[0]?.payload as Datum | undefined) : undefined;
            if (!datum) return null;
            return (
              <div className="max-w-64 rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
                <p className="font-semibold text-slate-900">{datum.title}</p>
                <p className="text-slate-600">{formatShortDate(locale, datum.scheduledAt)}</p>
                <p className="mt-1 text-slate-800">
                  {t("presentShare")}: <strong>{formatPercent(locale, datum.quorumPercent)}</strong>
                </p>
                <p className={datum.met ? "text-emerald-700" : "text-amber-700"}>{datum.met ? t("met") : t("notMet")}</p>
              </div>
            );
          }}
        />
        <Bar
          dataKey="quorumPercent"
          maxBarSize={64}
          isAnimationActive={animate}
          animationDuration={600}
          shape={(props) => {
            const datum = props.payload as Datum;
            return <Rectangle {...props} radius={[6, 6, 0, 0]} fill={datum.met ? chartColors.met : chartColors.notMet} />;
          }}
        >
          <LabelList
            dataKey="quorumPercent"
            position="top"
            fill="#0f172a"
            fontSize={12}
            fontWeight={600}
            formatter={(value) => formatPercent(locale, Number(value), 1)}
          />
        </Bar>
        <ReferenceLine y={50} stroke={chartColors.reference} strokeDasharray="6 4" strokeWidth={1.5} />
      </BarChart>
    </ResponsiveContainer>
  );
}
