import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { formatCop, formatDate, formatShortDate } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { BuildingActivityItem } from "@/server/content-clock/list-building-activity";

const KINDS = ["payment", "dues_reminder", "assembly_due", "assembly_reminder", "new_resident", "request"] as const;
type Kind = (typeof KINDS)[number];

/**
 * "Actividad del edificio": what happened in the building between visits (payments, residents who
 * moved in, requests, reminders), newest first, with the date the demo's content clock shows and, for
 * the administrator, the time-travel button (`action`).
 */
export function BuildingActivityCard({
  locale,
  items,
  contentDate,
  offsetDays,
  action,
}: {
  locale: Locale;
  items: BuildingActivityItem[];
  /** ISO 8601: the demo's content "now". */
  contentDate: string;
  offsetDays: number;
  action?: ReactNode;
}) {
  const t = getTranslator(locale, "contentClock");
  const text = (item: BuildingActivityItem) => {
    const kind = (KINDS as readonly string[]).includes(item.kind) ? (item.kind as Kind) : null;
    if (!kind) return null;
    const p = item.params;
    const values = {
      unit: String(p.unit ?? ""),
      tower: String(p.tower ?? ""),
      amount: typeof p.amount === "number" ? formatCop(locale, p.amount) : "",
      title: String(p.title ?? ""),
      name: String(p.name ?? ""),
      date: typeof p.scheduledAt === "string" ? formatShortDate(locale, p.scheduledAt) : "",
      subject: p.subject === "leak" || p.subject === "parking" || p.subject === "noise" ? t(`subject_${p.subject}`) : t("subject_other"),
    };
    return t(`kind_${kind}`, values);
  };
  return (
    <Card
      id="building-activity"
      testId="building-activity"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      headerClassName="flex flex-wrap items-start justify-between gap-3"
      titleClassName="text-lg font-semibold text-slate-900"
      title={t("title")}
      descriptionTestId="content-date"
      description={
        offsetDays > 0
          ? t("contentDateAhead", { date: formatDate(locale, contentDate), days: offsetDays })
          : t("contentDate", { date: formatDate(locale, contentDate) })
      }
      action={action ?? null}
    >
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 text-sm">
          {items.map((item) => {
            const line = text(item);
            return line ? (
              <li key={item.id} className="flex flex-wrap justify-between gap-x-3 py-2" data-testid="activity-item" data-kind={item.kind}>
                <span className="text-slate-800">{line}</span>
                <span className="text-xs text-slate-500 tabular-nums">{formatShortDate(locale, item.occurredAt)}</span>
              </li>
            ) : null;
          })}
        </ul>
      )}
    </Card>
  );
}
