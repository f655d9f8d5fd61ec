import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatPercent, formatShortDate } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import { listAssemblies, type AssemblySummary } from "@/server/assemblies/list-assemblies";
import { getDashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { withTenant } from "@/server/db/tenant";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { openShareLink } from "@/server/sales/open-share-link";
import { listAllUnits } from "@/server/units/list-all-units";
import { DemoShell } from "../../dashboard/admin-ph/_components/demo-shell";
import { OverviewContent } from "../../dashboard/admin-ph/_components/overview-content";

// Never indexed, and the token never leaks to another site through the Referer header.
export const metadata: Metadata = { title: "Assembly — Demo compartido", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** How many units the shared page lists (the rest are counted). */
const UNITS_SHOWN = 100;

const cell = "px-3 py-2 text-sm text-slate-800";
const head = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase";

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
    <DemoShell
      locale={locale}
      organization={organization}
      section="overview"
      nav={false}
      banner={
        <div role="status" className="flex flex-wrap items-center justify-center gap-3 bg-sky-100 px-4 py-2 text-sm text-sky-950">
          <span className="rounded bg-sky-900 px-2 py-0.5 text-xs font-bold tracking-wide text-sky-50">{t("badge")}</span>
          <span>{t("notice")}</span>
        </div>
      }
      actions={
        <Link href="/" className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white">
          {t("createOwn")}
        </Link>
      }
    >
      <OverviewContent locale={locale} overview={overview} credits={organization.assemblyCredits} />
      <SharedAssemblies locale={locale} assemblies={assemblies} />
      <SharedUnits locale={locale} units={units} />
    </DemoShell>
  );
}

function SharedAssemblies({ locale, assemblies }: { locale: Locale; assemblies: AssemblySummary[] }) {
  const t = getTranslator(locale, "sharedDemo");
  return (
    <section aria-labelledby="shared-assemblies" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <h2 id="shared-assemblies" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold text-slate-900">
        {t("assembliesTitle")}
      </h2>
      {assemblies.length === 0 ? (
        <p className="px-4 py-6 text-sm text-slate-600">{t("noAssemblies")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200" data-testid="shared-assemblies">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={head}>
                  {t("colAssembly")}
                </th>
                <th scope="col" className={head}>
                  {t("colDate")}
                </th>
                <th scope="col" className={head}>
                  {t("colStatus")}
                </th>
                <th scope="col" className={head}>
                  {t("colQuorum")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {assemblies.map((a) => (
                <tr key={a.id}>
                  <td className={`${cell} font-medium`}>{a.title}</td>
                  <td className={`${cell} whitespace-nowrap`}>{formatShortDate(locale, a.scheduledAt)}</td>
                  <td className={cell}>{a.status === "closed" ? t("closed") : t("scheduled")}</td>
                  <td className={`${cell} tabular-nums`}>{a.quorumPercent === null ? "—" : formatPercent(locale, a.quorumPercent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SharedUnits({ locale, units }: { locale: Locale; units: Awaited<ReturnType<typeof listAllUnits>> }) {
  const t = getTranslator(locale, "sharedDemo");
  const shown = units.slice(0, UNITS_SHOWN);
  return (
    <section aria-labelledby="shared-units" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <h2 id="shared-units" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold text-slate-900">
        {t("unitsTitle")}
      </h2>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200" data-testid="shared-units">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={head}>
                {t("colUnit")}
              </th>
              <th scope="col" className={head}>
                {t("colCoefficient")}
              </th>
              <th scope="col" className={head}>
                {t("colDues")}
              </th>
              <th scope="col" className={head}>
                {t("colResidents")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((u) => (
              <tr key={u.id}>
                <td className={`${cell} font-medium whitespace-nowrap`}>
                  {u.tower} · {u.number}
                </td>
                <td className={`${cell} tabular-nums`}>{formatPercent(locale, u.coefficient, 4)}</td>
                <td className={cell}>{u.duesStatus === "in_arrears" ? t("duesInArrears") : t("duesUpToDate")}</td>
                <td className={`${cell} tabular-nums`}>{u.residents.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {units.length > shown.length ? (
        <p className="border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
          {t("moreUnits", { shown: shown.length, total: units.length })}
        </p>
      ) : null}
    </section>
  );
}
