import { formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { AssemblyDetail } from "@/server/assemblies/to-assembly-detail";
import { Badge } from "./badges";
import { formatTime } from "@/lib/format";
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
    <div
      role="region"
      aria-label={t("attendanceSection")}
      tabIndex={0}
      className="max-h-[28rem] overflow-y-auto rounded-lg border border-slate-200"
    >
      <table className="w-full text-left text-sm" data-testid="attendance-table">
        <thead className="sticky top-0 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("colUnit")} · {t("colAttendee")}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t("colCoefficient")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {attendance.map((present) => (
            <tr key={present.id} data-testid="attendance-row">
              <td className="px-3 py-2 align-top">
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
              </td>
              <td className="px-3 py-2 text-right align-top whitespace-nowrap text-slate-800 tabular-nums">
                {formatPercent(locale, present.coefficient)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="sticky bottom-0 bg-slate-50 font-semibold text-slate-900">
          <tr>
            <th scope="row" className="px-3 py-2 text-left">
              {t("attendanceTotal")}
            </th>
            <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatPercent(locale, percentPresent)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
