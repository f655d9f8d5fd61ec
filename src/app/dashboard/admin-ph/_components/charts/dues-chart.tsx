"use client";

import { Pie, PieChart, ResponsiveContainer, Sector, Tooltip } from "recharts";
import { useTranslations } from "use-intl";
import { formatNumber, formatPercent } from "@/lib/format";
import { chartColors } from "./chart-colors";
import { useChartEnv } from "./use-chart-env";

type Slice = { key: "upToDate" | "inArrears"; label: string; value: number; fill: string };

/** Units up to date vs in arrears as a ring, with the share up to date in its centre. */
export function DuesChart({ upToDate, inArrears }: { upToDate: number; inArrears: number }) {
  const t = useTranslations("charts");
  const { mounted, animate, locale } = useChartEnv();
  const total = upToDate + inArrears;
  const share = total === 0 ? 0 : (upToDate / total) * 100;
  const data: Slice[] = [
    { key: "upToDate", label: t("upToDate"), value: upToDate, fill: chartColors.upToDate },
    { key: "inArrears", label: t("inArrears"), value: inArrears, fill: chartColors.inArrears },
  ];
  return (
    <div className="relative h-full w-full">
      {mounted ? (
        <ResponsiveContainer width="100%" height="100%">
          <PieChart accessibilityLayer={false}>
            <Pie
              data={data}
              dataKey="value"
              rootTabIndex={-1}
              nameKey="label"
              innerRadius="62%"
              outerRadius="88%"
              startAngle={90}
              endAngle={-270}
              paddingAngle={inArrears > 0 && upToDate > 0 ? 2 : 0}
              stroke="#ffffff"
              strokeWidth={2}
              isAnimationActive={animate}
              animationDuration={600}
              shape={(props) => <Sector {...props} fill={(props.payload as Slice).fill} />}
            />
            <Tooltip
              content={({ active, payload }) => {
                const slice = active ? (payload?.[0]?.payload as Slice | undefined) : undefined;
                if (!slice) return null;
                return (
                  <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-md">
                    <p className="font-semibold text-slate-900">{slice.label}</p>
                    <p className="text-slate-700">
                      {formatNumber(locale, slice.value)} · {formatPercent(locale, total ? (slice.value / total) * 100 : 0, 0)}
                    </p>
                  </div>
                );
              }}
            />
          </PieChart>
        </ResponsiveContainer>
      ) : null}
      <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center">
        <span className="text-3xl font-bold text-slate-900 tabular-nums">{formatPercent(locale, share, 0)}</span>
        <span className="text-sm text-slate-600">{t("duesCenter")}</span>
      </div>
    </div>
  );
}
