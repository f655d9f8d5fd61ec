import Link from "next/link";
import { codeLabel } from "@/components/admin/labels";
import { AdminShell } from "@/components/admin/admin-shell";
import { flattenParams, formatDateTime, queryString, type RawSearchParams, withDayRange } from "@/components/admin/format";
import {
  cellClass,
  controlClass,
  DataTable,
  demoStatusLabel,
  hideBelow,
  labelClass,
  Pagination,
  StatusBadge,
  stageLabel,
} from "@/components/admin/ui";
import { EngagementBadge } from "@/components/engagement/engagement-badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { getTranslator } from "@/lib/i18n";
import { funnelStages, leadDemoStatuses, leadListQuerySchema, leadSorts } from "@/lib/schemas/admin";
import { listLeads } from "@/server/admin/list-leads";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { requireAdmin } from "./_lib/require-admin";

// GET /admin — the sales console's leads: filters, search, sort and pages in the URL; CSV export.
export default async function AdminLeadsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const admin = await requireAdmin("/admin");
  const [raw, locale] = await Promise.all([searchParams, getRequestLocale()]);
  const t = getTranslator(locale, "admin");
  const params = flattenParams(raw);
  const query = leadListQuerySchema.parse(withDayRange(params));
  const { rows, total, page, pageSize } = await listLeads(query);
  const filterParams = {
    q: params.q ?? "",
    stage: params.stage ?? "",
    source: params.source ?? "",
    demoStatus: params.demoStatus ?? "",
    from: params.from ?? "",
    to: params.to ?? "",
    sort: params.sort ?? "",
  };
  const sortLabels = {
    created_desc: t("sortCreatedDesc"),
    created_asc: t("sortCreatedAsc"),
    updated_desc: t("sortUpdatedDesc"),
    email_asc: t("sortEmailAsc"),
    score_desc: getTranslator(locale, "adminEngagement")("sortScoreDesc"),
  };

  return (
    <AdminShell locale={locale} section="leads" adminEmail={admin.email} title={t("leadsTitle")}>
      <form
        method="get"
        action="/admin"
        role="search"
        aria-label={t("filtersLabel")}
        className="flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <label className={labelClass}>
          {t("search")}
          <input
            type="search"
            name="q"
            defaultValue={filterParams.q}
            placeholder={t("searchLeadsPlaceholder")}
            className={`${controlClass} w-64`}
          />
        </label>
        <label className={labelClass}>
          {t("stage")}
          <select name="stage" defaultValue={query.stage ?? ""} className={controlClass}>
            <option value="">{t("all")}</option>
            {funnelStages.map((s) => (
              <option key={s} value={s}>
                {stageLabel(locale, s)}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t("source")}
          <input type="text" name="source" defaultValue={filterParams.source} placeholder="chatbot" className={`${controlClass} w-32`} />
        </label>
        <label className={labelClass}>
          {t("demoStatus")}
          <select name="demoStatus" defaultValue={query.demoStatus ?? ""} className={controlClass}>
            <option value="">{t("all")}</option>
            {leadDemoStatuses.map((s) => (
              <option key={s} value={s}>
                {demoStatusLabel(locale, s)}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t("from")}
          <input type="date" name="from" defaultValue={filterParams.from} className={controlClass} />
        </label>
        <label className={labelClass}>
          {t("to")}
          <input type="date" name="to" defaultValue={filterParams.to} className={controlClass} />
        </label>
        <label className={labelClass}>
          {t("sort")}
          <select name="sort" defaultValue={query.sort} className={controlClass}>
            {leadSorts.map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonStyles("primary", "md")}>
          {t("applyFilters")}
        </button>
        <Link href="/admin" className={buttonStyles("ghost", "md")}>
          {t("clearFilters")}
        </Link>
        <a href={`/api/admin/leads/export${queryString(filterParams)}`} className={`${buttonStyles("secondary", "md")} ml-auto`} download>
          {t("exportCsv")}
        </a>
      </form>

      <DataTable
        caption={t("leadsTitle")}
        head={[
          t("colEmail"),
          { label: t("colName"), className: hideBelow.md },
          { label: t("colProfile"), className: hideBelow.lg },
          { label: t("colSource"), className: hideBelow["2xl"] },
          t("colStage"),
          { label: t("colUtm"), className: hideBelow["2xl"] },
          { label: t("colFirstSeen"), className: hideBelow.lg },
          { label: t("colLastSeen"), className: hideBelow["2xl"] },
          { label: t("colDemo"), className: hideBelow.md },
          getTranslator(locale, "adminEngagement")("colScore"),
        ]}
        empty={rows.length === 0 ? t("noResults") : undefined}
      >
        {rows.map((lead) => (
          <tr key={lead.id} data-testid="lead-row">
            <td className={`${cellClass} font-medium break-all`}>
              <Link href={`/admin/leads/${lead.id}`} className="hover:underline">
                {lead.email}
              </Link>
            </td>
            <td className={`${cellClass} ${hideBelow.md}`}>{lead.name ?? "—"}</td>
            <td className={`${cellClass} ${hideBelow.lg}`}>{codeLabel(locale, "profile", lead.profile)}</td>
            <td className={`${cellClass} ${hideBelow["2xl"]}`}>{lead.leadSource}</td>
            <td className={`${cellClass} md:whitespace-nowrap`}>{stageLabel(locale, lead.funnelStage)}</td>
            <td className={`${cellClass} text-xs text-slate-600 ${hideBelow["2xl"]}`}>
              {[lead.utmSource, lead.utmMedium, lead.utmCampaign].filter(Boolean).join(" / ") || "—"}
            </td>
            <td className={`${cellClass} whitespace-nowrap ${hideBelow.lg}`}>{formatDateTime(locale, lead.createdAt)}</td>
            <td className={`${cellClass} whitespace-nowrap ${hideBelow["2xl"]}`}>{formatDateTime(locale, lead.updatedAt)}</td>
            <td className={`${cellClass} whitespace-nowrap ${hideBelow.md}`}>
              {lead.organizationId ? (
                <Link
                  href={`/admin/demos/${lead.organizationId}`}
                  className="inline-flex items-center gap-2 hover:underline"
                  aria-label={t("openDemoOf", { email: lead.email })}
                >
                  <StatusBadge locale={locale} status={lead.demoStatus} />
                  <span className="text-brand text-xs">{t("open")}</span>
                </Link>
              ) : (
                <StatusBadge locale={locale} status={null} />
              )}
            </td>
            <td className={cellClass}>
              <EngagementBadge locale={locale} score={lead.engagementScore} />
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination locale={locale} basePath="/admin" params={filterParams} page={page} pageSize={pageSize} total={total} />
    </AdminShell>
  );
}
