import Link from "next/link";
import { codeLabel } from "@/components/admin/labels";
import { AdminShell } from "@/components/admin/admin-shell";
import { queryString, type RawSearchParams, withDayRange } from "@/components/admin/format";
import { ConsoleFilters, ConsoleList, dateTimeColumn, demoStatusLabel, sortLabel, StatusBadge, stageLabel } from "@/components/admin/ui";
import { EngagementBadge } from "@/components/engagement/engagement-badge";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Column } from "@/components/ui/data-table";
import { inputFilter, selectFilter } from "@/components/ui/filter-form";
import { getTranslator } from "@/lib/i18n";
import { funnelStages, leadDemoStatuses, leadListQuerySchema, leadSorts } from "@/lib/schemas/admin";
import { listLeads } from "@/server/admin/list-leads";
import { openConsolePage } from "./_lib/require-admin";

// GET /admin — the sales console's leads: filters, search, sort and pages in the URL; CSV export.
export default async function AdminLeadsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { admin, locale, params } = await openConsolePage("/admin", searchParams);
  const t = getTranslator(locale, "admin");
  const query = leadListQuerySchema.parse(withDayRange(params));
  const list = await listLeads(query);
  const filterParams = {
    q: params.q ?? "",
    stage: params.stage ?? "",
    source: params.source ?? "",
    demoStatus: params.demoStatus ?? "",
    from: params.from ?? "",
    to: params.to ?? "",
    sort: params.sort ?? "",
  };
  const fields = [
    inputFilter("search", "q", t("search"), filterParams.q, { placeholder: t("searchLeadsPlaceholder"), controlClassName: "w-64" }),
    selectFilter("stage", t("stage"), query.stage ?? "", t("all"), funnelStages, (s) => stageLabel(locale, s)),
    inputFilter("text", "source", t("source"), filterParams.source, { placeholder: "chatbot", controlClassName: "w-32" }),
    selectFilter("demoStatus", t("demoStatus"), query.demoStatus ?? "", t("all"), leadDemoStatuses, (s) => demoStatusLabel(locale, s)),
    inputFilter("date", "from", t("from"), filterParams.from),
    inputFilter("date", "to", t("to"), filterParams.to),
    selectFilter("sort", t("sort"), query.sort, null, leadSorts, (s) => sortLabel(locale, s)),
  ];
  const view = { caption: t("leadsTitle"), rowTestId: "lead-row", path: "/admin", params: filterParams };
  const columns: Column<(typeof list.rows)[number]>[] = [
    {
      key: "email",
      header: t("colEmail"),
      className: "font-medium break-all",
      cell: (lead) => (
        <Link href={`/admin/leads/${lead.id}`} className="hover:underline">
          {lead.email}
        </Link>
      ),
    },
    { key: "name", header: t("colName"), from: "md", cell: (lead) => lead.name ?? "—" },
    { key: "profile", header: t("colProfile"), from: "lg", cell: (lead) => codeLabel(locale, "profile", lead.profile) },
    { key: "source", header: t("colSource"), from: "2xl", cell: (lead) => lead.leadSource },
    { key: "stage", header: t("colStage"), className: "md:whitespace-nowrap", cell: (lead) => stageLabel(locale, lead.funnelStage) },
    {
      key: "utm",
      header: t("colUtm"),
      from: "2xl",
      className: "text-xs text-slate-600",
      cell: (lead) => [lead.utmSource, lead.utmMedium, lead.utmCampaign].filter(Boolean).join(" / ") || "—",
    },
    dateTimeColumn(locale, "created", t("colFirstSeen"), "lg", (lead) => lead.createdAt),
    dateTimeColumn(locale, "updated", t("colLastSeen"), "2xl", (lead) => lead.updatedAt),
    {
      key: "demo",
      header: t("colDemo"),
      from: "md",
      className: "whitespace-nowrap",
      cell: (lead) =>
        lead.organizationId ? (
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
        ),
    },
    {
      key: "score",
      header: getTranslator(locale, "adminEngagement")("colScore"),
      cell: (lead) => <EngagementBadge locale={locale} score={lead.engagementScore} />,
    },
  ];

  return (
    <AdminShell locale={locale} section="leads" adminEmail={admin.email} title={t("leadsTitle")}>
      <ConsoleFilters locale={locale} path="/admin" fields={fields}>
        <a href={`/api/admin/leads/export${queryString(filterParams)}`} className={`${buttonStyles("secondary", "md")} ml-auto`} download>
          {t("exportCsv")}
        </a>
      </ConsoleFilters>
      <ConsoleList locale={locale} list={list} view={view} columns={columns} />
    </AdminShell>
  );
}
