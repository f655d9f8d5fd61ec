import { DataTable } from "@/components/ui/data-table";
import { formatPercent, formatTime } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { AssemblyDetail } from "@/server/assemblies/to-assembly-detail";
import { Badge } from "./badges";
import { unitLabel } from "./unit-label";

/**
 * Units present at an assembly, in order of arrival: unit, who attends (and whether by proxy), when,
 * and the coefficient it brings; the total present last. Two columns, so it fits a sidebar and 375 px.
 */
export function AttendanceList({
  locale,
  attendance,
  percentPresent,
}: {
  locale: Locale;
  attendance: AssemblyDetail["attendance"];
  percentPresent: string;
}) {
  const t = getTranslator(locale, "assemblies");
  if (attendance.length === 0) {
    return <p className="rounded-lg bg-slate-50 px-3 py-6 text-center text-sm text-slate-600">{t("attendanceEmpty")}</p>;
  }
  return (
    <DataTable
      caption={t("attendanceSection")}
      look="compact"
      testId="attendance-table"
      frameClassName="max-h-[28rem] overflow-y-auto rounded-lg border border-slate-200"
      regionLabel={t("attendanceSection")}
      rows={attendance}
      rowKey={(present) => present.id}
      rowTestId="attendance-row"
      columns={[
        {
          key: "unit",
          header: `${t("colUnit")} · ${t("colAttendee")}`,
          cell: (present) => (
            <>
              <span className="font-medium text-slate-900">{unitLabel(locale, present)}</span>
              <span className="block text-slate-700">
                {present.attendeeName}
                {present.isProxy ? (
                  <span className="ml-1.5 align-middle">
                    <Badge tone="violet">{t("proxy")}</Badge>
                  </span>
                ) : null}
              </span>
              <span className="block text-xs text-slate-600">{formatTime(locale, present.registeredAt)}</span>
            </>
          ),
        },
        {
          key: "coefficient",
          header: t("colCoefficient"),
          align: "right",
          className: "whitespace-nowrap text-slate-800 tabular-nums",
          cell: (present) => formatPercent(locale, present.coefficient),
        },
      ]}
      foot={
        <tr>
          <th scope="row" className="px-3 py-2 text-left">
            {t("attendanceTotal")}
          </th>
          <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatPercent(locale, percentPresent)}</td>
        </tr>
      }
    />
  );
}
