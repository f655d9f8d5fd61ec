"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTranslations } from "use-intl";
import { chartColors } from "@/app/dashboard/admin-ph/_components/charts/chart-colors";
import { useChartEnv } from "@/app/dashboard/admin-ph/_components/charts/use-chart-env";
import { formatNumber } from "@/lib/format";
import { demosPerDayColors } from "./chart-palette";

/** Demos created (blue) and cap hits (red) per calendar day, as bars. */
export function DemosPerDayChart({ data }: { data: { day: string; demosCreated: number; capHits: number }[] }) {
  const t = useTranslations("admin");
  const { mounted, animate, locale } = useChartEnv();
  if (!mounted) return null;
  const short = (day: string) => day.slice(5).replace("-", "/");
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 12, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={chartColors.grid} />
        <XAxis
          dataKey="day"
          tickFormatter={short}
          tickLine={false}
          axisLine={{ stroke: chartColors.grid }}
          tick={{ fill: chartColors.axis, fontSize: 11 }}
          minTickGap={12}
        />
        <YAxis allowDecimals={false} width={36} tickLine={false} axisLine={false} tick={{ fill: chartColors.axis, fontSize: 12 }} />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          content={({ active, payload }) => {
            const datum = active
              ? (payload?.[0]?.payload as { day: string; demosCreated: number; capHits: number } | undefined)
              : undefined;
            if (!datum) return null;
            return (
              <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
                <p className="font-semibold text-slate-900">{datum.day}</p>
                <p className="text-slate-800">
                  {t("demosCreated")}: <strong>{formatNumber(locale, datum.demosCreated)}</strong>
                </p>
                <p className="text-slate-800">
                  {t("capHits")}: <strong>{formatNumber(locale, datum.capHits)}</strong>
                </p>
              </div>
            );
          }}
        />
        <Bar
          dataKey="demosCreated"
          fill={demosPerDayColors.demosCreated}
          radius={[4, 4, 0, 0]}
          maxBarSize={32}
          isAnimationActive={animate}
        />
        <Bar dataKey="capHits" fill={demosPerDayColors.capHits} radius={[4, 4, 0, 0]} maxBarSize={32} isAnimationActive={animate} />
      </BarChart>
    </ResponsiveContainer>
  );
}
