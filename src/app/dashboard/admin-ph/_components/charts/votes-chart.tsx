"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslations } from "use-intl";
import { formatPercent } from "@/lib/format";
import type { VoteItemPoint } from "@/server/dashboard/get-overview-charts";
import { chartColors } from "./chart-colors";
import { useChartEnv } from "./use-chart-env";

type Datum = VoteItemPoint & { short: string };
const series = ["yes", "no", "abstain", "notVoted"] as const;

/** Each voted agenda item as one stacked bar: yes / no / abstain / did not vote, in % of the coefficients present. */
export function VotesChart({ items }: { items: VoteItemPoint[] }) {
  const t = useTranslations("charts");
  const { mounted, animate, locale } = useChartEnv();
  if (!mounted) return null;
  const data: Datum[] = items.map((item) => ({ ...item, short: t("itemShort", { position: item.position }) }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 12, bottom: 0, left: 0 }}
        barCategoryGap="24%"
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke={chartColors.grid} />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickLine={false}
          axisLine={false}
          tick={{ fill: chartColors.axis, fontSize: 12 }}
          tickFormatter={(value: number) => formatPercent(locale, value, 0)}
        />
        <YAxis
          type="category"
          dataKey="short"
          width={36}
          tickLine={false}
          axisLine={false}
          tick={{ fill: chartColors.axis, fontSize: 12, fontWeight: 600 }}
        />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          content={({ active, payload }) => {
            const datum = active ? (payload?.[0]?.payload as Datum | undefined) : undefined;
            if (!datum) return null;
            return (
              <div className="max-w-72 rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
                <p className="font-semibold text-slate-900">
                  {datum.position}. {datum.title}
                </p>
                <ul className="mt-1 space-y-0.5 text-slate-700">
                  {series.map((key) => (
                    <li key={key}>
                      {t(key)}: <strong>{formatPercent(locale, datum[key])}</strong>
                    </li>
                  ))}
                </ul>
                <p className={datum.passed ? "mt-1 font-semibold text-emerald-700" : "mt-1 font-semibold text-red-700"}>
                  {datum.passed ? t("passed") : t("failed")}
                </p>
              </div>
            );
          }}
        />
        {series.map((key, index) => (
          <Bar
            key={key}
            dataKey={key}
            stackId="votes"
            fill={chartColors[key]}
            isAnimationActive={animate}
            animationDuration={600}
            radius={index === 0 ? [4, 0, 0, 4] : index === series.length - 1 ? [0, 4, 4, 0] : 0}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
