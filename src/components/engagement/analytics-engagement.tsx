import { cellClass, DataTable, Panel } from "@/components/admin/ui";
import { formatNumber, formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { SourceFunnelRow } from "@/server/engagement/get-funnel-by-source";
import type { TimeToFirstLogin } from "@/server/engagement/get-time-to-first-login";

const MINUTE_MS = 60_000;

/** A wait in words: "12 minutos", "3 h 5 min", "2 días 4 h" (rounded down to the minute). */
function formatWait(locale: Locale, ms: number): string {
  const t = getTranslator(locale, "adminEngagement");
  const minutes = Math.floor(ms / MINUTE_MS);
  if (minutes < 60) return t("durationMinutes", { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t("durationHours", { hours, minutes: minutes % 60 });
  return t("durationDays", { days: Math.floor(hours / 24), hours: hours % 24 });
}

/**
 * The analytics page's engagement panels (docs/engagement.md#analytics): the funnel per UTM source and
 * campaign, and the time from demo creation to first login (median, p75).
 */
export function AnalyticsEngagement({
  locale,
  bySource,
  timeToFirstLogin,
}: {
  locale: Locale;
  bySource: SourceFunnelRow[];
  timeToFirstLogin: TimeToFirstLogin;
}) {
  const t = getTranslator(locale, "adminEngagement");
  const ta = getTranslator(locale, "admin");
  const rate = (part: number, whole: number) => (whole > 0 ? formatPercent(locale, (part / whole) * 100, 0) : "—");
  return (
    <>
      <section className="flex flex-col gap-3" data-testid="funnel-by-source">
        <h2 className="text-base font-semibold text-slate-900">{t("bySourceTitle")}</h2>
        <p className="text-sm text-slate-600">{t("bySourceDescription")}</p>
        <DataTable
          caption={t("bySourceTitle")}
          head={[
            t("colUtmSource"),
            t("colUtmCampaign"),
            ta("funnelLeads"),
            ta("funnelDemo"),
            ta("funnelFirstLogin"),
            ta("funnelActiveTwoDays"),
            ta("funnelConverted"),
          ]}
          empty={bySource.length === 0 ? t("noSources") : undefined}
        >
          {bySource.map((row) => (
            <tr key={`${row.source ?? ""}|${row.campaign ?? ""}`} data-testid="source-row">
              <td className={`${cellClass} font-medium`}>{row.source ?? t("noUtm")}</td>
              <td className={cellClass}>{row.campaign ?? t("noUtm")}</td>
              <td className={`${cellClass} tabular-nums`}>{formatNumber(locale, row.leads)}</td>
              <td className={`${cellClass} tabular-nums`}>
                {formatNumber(locale, row.demo)} <span className="text-xs text-slate-500">({rate(row.demo, row.leads)})</span>
              </td>
              <td className={`${cellClass} tabular-nums`}>
                {formatNumber(locale, row.firstLogin)} <span className="text-xs text-slate-500">({rate(row.firstLogin, row.demo)})</span>
              </td>
              <td className={`${cellClass} tabular-nums`}>{formatNumber(locale, row.activeTwoDays)}</td>
              <td className={`${cellClass} tabular-nums`}>{formatNumber(locale, row.converted)}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <Panel title={t("timeToFirstLoginTitle")} testId="time-to-first-login">
        <p className="mb-3 text-sm text-slate-600">{t("timeToFirstLoginDescription")}</p>
        {timeToFirstLogin.medianMs === null ? (
          <p className="text-sm text-slate-600">{t("noLoginData")}</p>
        ) : (
          <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            <div>
              <dt className="text-xs font-medium text-slate-500">{t("median")}</dt>
              <dd className="text-lg font-semibold text-slate-900" data-testid="ttfl-median">
                {formatWait(locale, timeToFirstLogin.medianMs)}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium text-slate-500">{t("p75")}</dt>
              <dd className="text-lg font-semibold text-slate-900" data-testid="ttfl-p75">
                {formatWait(locale, timeToFirstLogin.p75Ms ?? timeToFirstLogin.medianMs)}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium text-slate-500">{t("withLogin")}</dt>
              <dd className="text-lg font-semibold text-slate-900 tabular-nums">
                {formatNumber(locale, timeToFirstLogin.withLogin)} / {formatNumber(locale, timeToFirstLogin.demos)}
              </dd>
            </div>
          </dl>
        )}
      </Panel>
    </>
  );
}
