import Link from "next/link";
import { codeLabel } from "@/components/admin/labels";
import { AdminShell } from "@/components/admin/admin-shell";
import { formatDateTime, type RawSearchParams } from "@/components/admin/format";
import { ConsoleFilters, ConsoleList, countColumn, dateTimeColumn, demoStatusLabel, sortLabel, StatusBadge } from "@/components/admin/ui";
import { ClientMessages } from "@/components/client-messages";
import { SalesDemoForm } from "@/components/sales/sales-demo-form";
import { EngagementBadge } from "@/components/engagement/engagement-badge";
import { ExtensionRequestsTable } from "@/components/engagement/extension-requests-panel";
import type { Column } from "@/components/ui/data-table";
import { inputFilter, selectFilter } from "@/components/ui/filter-form";
import { getTranslator } from "@/lib/i18n";
import { demoListQuerySchema, demoSorts, demoStatusFilters } from "@/lib/schemas/admin";
import { listDemos } from "@/server/admin/list-demos";
import { listExtensionRequests } from "@/server/engagement/list-extension-requests";
import { scenarioNames } from "@/server/scenarios/registry";
import { openConsolePage } from "../_lib/require-admin";

// GET /admin/demos — every demo with status, expiry, extensions, logins and last activity.
export default async function AdminDemosPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { admin, locale, params } = await openConsolePage("/admin/demos", searchParams);
  const t = getTranslator(locale, "admin");
  const query = demoListQuerySchema.parse(params);
  const [list, pendingRequests] = await Promise.all([listDemos(query), listExtensionRequests({ status: "pending" })]);
  const filterParams = { q: params.q ?? "", status: params.status ?? "", scenario: params.scenario ?? "", sort: params.sort ?? "" };
  const view = { caption: t("demosTitle"), rowTestId: "demo-row", path: "/admin/demos", params: filterParams };
  const columns: Column<(typeof list.rows)[number]>[] = [
    {
      key: "status",
      header: t("colStatus"),
      cell: (demo) => (
        <>
          <StatusBadge locale={locale} status={demo.status} />
          {demo.purgedAt ? <span className="ml-1 text-xs text-slate-500">{t("statusPurged")}</span> : null}
        </>
      ),
    },
    { key: "scenario", header: t("colScenario"), from: "md", cell: (demo) => codeLabel(locale, "scenario", demo.scenario) },
    {
      key: "email",
      header: t("colEmail"),
      className: "break-all",
      cell: (demo) => (
        <>
          <Link href={`/admin/demos/${demo.id}`} className="text-brand font-medium hover:underline">
            {demo.email ?? demo.name}
          </Link>
          {demo.superseded ? <span className="ml-1 text-xs text-slate-500">({t("superseded")})</span> : null}
        </>
      ),
    },
    dateTimeColumn(locale, "created", t("colCreated"), "2xl", (demo) => demo.createdAt),
    {
      key: "expires",
      header: t("colExpires"),
      from: "md",
      className: "min-w-24 md:whitespace-nowrap",
      cell: (demo) => (demo.demoExpiresAt ? formatDateTime(locale, demo.demoExpiresAt) : t("noExpiry")),
    },
    {
      key: "extensions",
      header: t("colExtensions"),
      from: "2xl",
      className: "tabular-nums",
      cell: (demo) => t("extensionsOf", { used: demo.extensionsUsed, max: demo.extensionsUsed + demo.extensionsLeft }),
    },
    countColumn(locale, "logins", t("colLogins"), "md", (demo) => demo.logins),
    countColumn(locale, "views", t("colPageViews"), "lg", (demo) => demo.pageViews),
    dateTimeColumn(locale, "activity", t("colLastActivity"), "lg", (demo) => demo.lastActivityAt),
    {
      key: "score",
      header: getTranslator(locale, "adminEngagement")("colScore"),
      cell: (demo) => <EngagementBadge locale={locale} score={demo.engagementScore} />,
    },
  ];
  const fields = [
    inputFilter("search", "q", t("search"), filterParams.q, { placeholder: t("searchDemosPlaceholder"), controlClassName: "w-64" }),
    selectFilter("status", t("status"), query.status ?? "", t("all"), demoStatusFilters, (s) => demoStatusLabel(locale, s)),
    selectFilter("scenario", t("scenario"), query.scenario ?? "", t("all"), scenarioNames, (s) => codeLabel(locale, "scenario", s)),
    selectFilter("sort", t("sort"), query.sort, null, demoSorts, (s) => sortLabel(locale, s)),
  ];

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
      <ConsoleFilters locale={locale} path="/admin/demos" fields={fields} />

      <ConsoleList locale={locale} list={list} view={view} columns={columns} />
    </AdminShell>
  );
}
