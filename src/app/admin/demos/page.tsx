import Link from "next/link";
import { codeLabel } from "@/components/admin/labels";
import { AdminShell } from "@/components/admin/admin-shell";
import { flattenParams, formatDateTime, type RawSearchParams } from "@/components/admin/format";
import { cellClass, controlClass, DataTable, demoStatusLabel, hideBelow, labelClass, Pagination, StatusBadge } from "@/components/admin/ui";
import { ClientMessages } from "@/components/client-messages";
import { SalesDemoForm } from "@/components/sales/sales-demo-form";
import { EngagementBadge } from "@/components/engagement/engagement-badge";
import { ExtensionRequestsTable } from "@/components/engagement/extension-requests-panel";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatNumber } from "@/lib/format";
import { getTranslator } from "@/lib/i18n";
import { demoListQuerySchema, demoSorts, demoStatusFilters } from "@/lib/schemas/admin";
import { listDemos } from "@/server/admin/list-demos";
import { listExtensionRequests } from "@/server/engagement/list-extension-requests";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { scenarioNames } from "@/server/scenarios/registry";
import { requireAdmin } from "../_lib/require-admin";

// GET /admin/demos — every demo with status, expiry, extensions, logins and last activity.
export default async function AdminDemosPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const admin = await requireAdmin("/admin/demos");
  const [raw, locale] = await Promise.all([searchParams, getRequestLocale()]);
  const t = getTranslator(locale, "admin");
  const params = flattenParams(raw);
  const query = demoListQuerySchema.parse(params);
  const [{ rows, total, page, pageSize }, pendingRequests] = await Promise.all([
    listDemos(query),
    listExtensionRequests({ status: "pending" }),
  ]);
  const filterParams = { q: params.q ?? "", status: params.status ?? "", scenario: params.scenario ?? "", sort: params.sort ?? "" };
  const sortLabels = {
    created_desc: t("sortCreatedDesc"),
    created_asc: t("sortCreatedAsc"),
    expires_asc: t("sortExpiresAsc"),
    expires_desc: t("sortExpiresDesc"),
    activity_desc: t("sortActivityDesc"),
    logins_desc: t("sortLoginsDesc"),
    score_desc: getTranslator(locale, "adminEngagement")("sortScoreDesc"),
  };

  return (
    <AdminShell locale={locale} section="demos" adminEmail={admin.email} title={t("demosTitle")}>
      {/* Sales creates a demo for a named prospect (docs/sales.md#sales-created-demo). */}
      <details className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm" data-testid="sales-demo-panel">
        <summary className="cursor-pointer text-base font-semibold text-slate-900">
          {getTranslator(locale, "salesConsole")("newDemoButton")}
        </summary>
        <div className="mt-4">
          <ClientMessages locale={locale} namespaces={["common", "forms", "salesConsole"]}>
            <SalesDemoForm />
          </ClientMessages>
        </div>
      </details>
      {pendingRequests.length > 0 ? (
        <section aria-labelledby="more-time-requests" data-testid="pending-extension-requests" className="flex flex-col gap-2">
          <h2 id="more-time-requests" className="text-lg font-semibold text-slate-900">
            {getTranslator(locale, "adminEngagement")("requestsTitle")}
          </h2>
          <ExtensionRequestsTable locale={locale} requests={pendingRequests} linkDemo />
        </section>
      ) : null}
      <form
        method="get"
        action="/admin/demos"
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
            placeholder={t("searchDemosPlaceholder")}
            className={`${controlClass} w-64`}
          />
        </label>
        <label className={labelClass}>
          {t("status")}
          <select name="status" defaultValue={query.status ?? ""} className={controlClass}>
            <option value="">{t("all")}</option>
            {demoStatusFilters.map((s) => (
              <option key={s} value={s}>
                {demoStatusLabel(locale, s)}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t("scenario")}
          <select name="scenario" defaultValue={query.scenario ?? ""} className={controlClass}>
            <option value="">{t("all")}</option>
            {scenarioNames.map((s) => (
              <option key={s} value={s}>
                {codeLabel(locale, "scenario", s)}
              </option>
            ))}
          </select>
        </label>
        <label className={labelClass}>
          {t("sort")}
          <select name="sort" defaultValue={query.sort} className={controlClass}>
            {demoSorts.map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonStyles("primary", "md")}>
          {t("applyFilters")}
        </button>
        <Link href="/admin/demos" className={buttonStyles("ghost", "md")}>
          {t("clearFilters")}
        </Link>
      </form>

      <DataTable
        caption={t("demosTitle")}
        head={[
          t("colStatus"),
          { label: t("colScenario"), className: hideBelow.md },
          t("colEmail"),
          { label: t("colCreated"), className: hideBelow["2xl"] },
          { label: t("colExpires"), className: hideBelow.md },
          { label: t("colExtensions"), className: hideBelow["2xl"] },
          { label: t("colLogins"), className: hideBelow.md },
          { label: t("colPageViews"), className: hideBelow.lg },
          { label: t("colLastActivity"), className: hideBelow.lg },
          getTranslator(locale, "adminEngagement")("colScore"),
        ]}
        empty={rows.length === 0 ? t("noResults") : undefined}
      >
        {rows.map((demo) => (
          <tr key={demo.id} data-testid="demo-row">
            <td className={cellClass}>
              <StatusBadge locale={locale} status={demo.status} />
              {demo.purgedAt ? <span className="ml-1 text-xs text-slate-500">{t("statusPurged")}</span> : null}
            </td>
            <td className={`${cellClass} ${hideBelow.md}`}>{codeLabel(locale, "scenario", demo.scenario)}</td>
            <td className={`${cellClass} break-all`}>
              <Link href={`/admin/demos/${demo.id}`} className="text-brand font-medium hover:underline">
                {demo.email ?? demo.name}
              </Link>
              {demo.superseded ? <span className="ml-1 text-xs text-slate-500">({t("superseded")})</span> : null}
            </td>
            <td className={`${cellClass} whitespace-nowrap ${hideBelow["2xl"]}`}>{formatDateTime(locale, demo.createdAt)}</td>
            <td className={`${cellClass} min-w-24 md:whitespace-nowrap ${hideBelow.md}`}>
              {demo.demoExpiresAt ? formatDateTime(locale, demo.demoExpiresAt) : t("noExpiry")}
            </td>
            <td className={`${cellClass} tabular-nums ${hideBelow["2xl"]}`}>
              {t("extensionsOf", { used: demo.extensionsUsed, max: demo.extensionsUsed + demo.extensionsLeft })}
            </td>
            <td className={`${cellClass} tabular-nums ${hideBelow.md}`}>{formatNumber(locale, demo.logins)}</td>
            <td className={`${cellClass} tabular-nums ${hideBelow.lg}`}>{formatNumber(locale, demo.pageViews)}</td>
            <td className={`${cellClass} whitespace-nowrap ${hideBelow.lg}`}>{formatDateTime(locale, demo.lastActivityAt)}</td>
            <td className={cellClass}>
              <EngagementBadge locale={locale} score={demo.engagementScore} />
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination locale={locale} basePath="/admin/demos" params={filterParams} page={page} pageSize={pageSize} total={total} />
    </AdminShell>
  );
}
