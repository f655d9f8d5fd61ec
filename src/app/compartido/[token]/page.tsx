import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatPercent, formatShortDate } from "@/lib/format";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getTranslator } from "@/lib/i18n";
import { listAssemblies } from "@/server/assemblies/list-assemblies";
import { getDashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { withTenant } from "@/server/db/tenant";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { openShareLink } from "@/server/sales/open-share-link";
import { listAllUnits } from "@/server/units/list-all-units";
import { OverviewContent } from "../../dashboard/admin-ph/_components/overview-content";
import { PublicDemoFrame } from "../../demo/_components/public-demo-frame";

// Never indexed, and the token never leaks to another site through the Referer header.
export const metadata: Metadata = { title: "Assembly — Demo compartido", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** How many units the shared page lists (the rest are counted). */
const UNITS_SHOWN = 100;

// /compartido/<token> — a prospect's demo shared read-only with their building's council (docs/sales.md#share-links): no
// login; the token resolves to ONE organization, whose data is read in a transaction bound to it (row-level security).
// A revoked link, an expired demo and an unknown token all answer the same 404 page. Residents are counted, never
// named: the page is open to anyone holding the link (Ley 1581 de 2012: no personal data beyond the purpose).
export default async function SharedDemoPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const opened = await openShareLink(token);
  if (opened.kind === "gone") notFound();
  const { organization } = opened;
  const locale = await getRequestLocale(organization.locale);
  const t = getTranslator(locale, "sharedDemo");
  const { overview, units, assemblies } = await withTenant(organization.id, async (tenant) => ({
    overview: await getDashboardOverview(tenant),
    units: await listAllUnits(tenant),
    assemblies: await listAssemblies(tenant),
  }));
  return (
    <PublicDemoFrame locale={locale} organization={organization} section="overview" shared>
      <OverviewContent locale={locale} overview={overview} credits={organization.assemblyCredits} />
      <SharedTable
        id="shared-assemblies"
        title={t("assembliesTitle")}
        empty={t("noAssemblies")}
        rows={assemblies}
        columns={[
          { key: "title", header: t("colAssembly"), className: "font-medium", cell: (a) => a.title },
          { key: "date", header: t("colDate"), className: "whitespace-nowrap", cell: (a) => formatShortDate(locale, a.scheduledAt) },
          { key: "status", header: t("colStatus"), cell: (a) => (a.status === "closed" ? t("closed") : t("scheduled")) },
          {
            key: "quorum",
            header: t("colQuorum"),
            className: "tabular-nums",
            cell: (a) => (a.quorumPercent === null ? "—" : formatPercent(locale, a.quorumPercent)),
          },
        ]}
      />
      <SharedTable
        id="shared-units"
        title={t("unitsTitle")}
        rows={units.slice(0, UNITS_SHOWN)}
        columns={[
          {
            key: "unit",
            header: t("colUnit"),
            rowHeader: true,
            className: "font-medium whitespace-nowrap",
            cell: (u) => `${u.tower} · ${u.number}`,
          },
          {
            key: "coefficient",
            header: t("colCoefficient"),
            className: "tabular-nums",
            cell: (u) => formatPercent(locale, u.coefficient, 4),
          },
          { key: "dues", header: t("colDues"), cell: (u) => (u.duesStatus === "in_arrears" ? t("duesInArrears") : t("duesUpToDate")) },
          { key: "residents", header: t("colResidents"), className: "tabular-nums", cell: (u) => u.residents.length },
        ]}
        more={units.length > UNITS_SHOWN ? t("moreUnits", { shown: UNITS_SHOWN, total: units.length }) : undefined}
      />
    </PublicDemoFrame>
  );
}

/** A titled card around one read-only table of the shared demo; `empty` replaces the table when there are no rows. */
function SharedTable<Row extends { id: string }>(props: {
  id: string;
  title: string;
  rows: Row[];
  columns: Column<Row>[];
  empty?: string;
  more?: string;
}) {
  return (
    <section aria-labelledby={`${props.id}-title`} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <h2 id={`${props.id}-title`} className="border-b border-slate-200 px-4 py-3 text-lg font-semibold text-slate-900">
        {props.title}
      </h2>
      {props.rows.length === 0 && props.empty ? (
        <p className="px-4 py-6 text-sm text-slate-600">{props.empty}</p>
      ) : (
        <DataTable
          caption={props.title}
          testId={props.id}
          frameClassName="overflow-x-auto"
          columns={props.columns}
          rows={props.rows}
          rowKey={(row) => row.id}
        />
      )}
      {props.more ? <p className="border-t border-slate-200 px-4 py-3 text-sm text-slate-600">{props.more}</p> : null}
    </section>
  );
}
