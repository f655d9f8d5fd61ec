import type { ReactNode } from "react";

/** One figure: what it measures and its value; `testId` marks the value. */
export type Stat = { label: string; value: ReactNode; testId?: string };

const looks = {
  /** A unit's facts on its page. */
  fact: {
    item: "rounded-xl border border-slate-200 bg-white p-4 shadow-sm",
    label: "text-xs font-medium tracking-wide text-slate-600 uppercase",
    value: "mt-1.5 text-lg font-semibold text-slate-900",
  },
  /** The console's headline figures. */
  kpi: {
    item: "rounded-xl border border-slate-200 bg-white p-4 shadow-sm",
    label: "text-sm text-slate-600",
    value: "mt-1 text-3xl font-bold text-slate-900 tabular-nums",
  },
  /** The landing page's drawing of the dashboard. */
  preview: {
    item: "rounded-xl bg-slate-50 p-3",
    label: "text-xs leading-tight text-slate-500",
    value: "mt-1 text-xl font-bold text-slate-900",
  },
} as const;

/** Figures as a description list (`<dl>`: label, then value), laid out by `className` (a grid), in one of the looks. */
export function StatList({ items, look, className }: { items: Stat[]; look: keyof typeof looks; className: string }) {
  const classes = looks[look];
  return (
    <dl className={className}>
      {items.map((item) => (
        <div key={item.label} className={classes.item}>
          <dt className={classes.label}>{item.label}</dt>
          <dd className={classes.value} data-testid={item.testId}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
