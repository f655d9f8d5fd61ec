import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatCop, formatPercent } from "@/lib/format";
import { getTranslator } from "@/lib/i18n";
import { residentRoleKey } from "@/lib/people/colombian-names";
import { MAX_UNIT_PAGE_SIZE } from "@/lib/schemas/units";
import { withTenant } from "@/server/db/tenant";
import { getPublicDemoOrganization } from "@/server/demo/get-public-demo";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { listUnits } from "@/server/units/list-units";
import { DuesBadge } from "../../dashboard/admin-ph/units/_components/dues-badge";
import { PublicDemoFrame } from "../_components/public-demo-frame";

export const metadata: Metadata = { title: "Assembly — Demo público: unidades" };

// /demo/units — the public demo's units, read-only: number, coefficient, dues and residents. On a
// phone (375 px) the residents and the fee drop below the unit instead of pushing columns off-screen.
export default async function PublicDemoUnitsPage() {
  const organization = await getPublicDemoOrganization();
  if (!organization) notFound();
  const locale = await getRequestLocale();
  const t = getTranslator(locale, "publicDemoPages");
  const tUnits = getTranslator(locale, "units");
  const tDashboard = getTranslator(locale, "dashboard");
  const list = await withTenant(organization.id, (tenant) => listUnits(tenant, { page: 1, pageSize: MAX_UNIT_PAGE_SIZE }));
  return (
    <PublicDemoFrame locale={locale} organization={organization} section="units">
      <section aria-labelledby="public-units" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <h1 id="public-units" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold text-slate-900">
          {t("unitsTitle", { total: list.total })}
        </h1>
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2.5">
                {tUnits("colUnit")}
              </th>
              <th scope="col" className="px-4 py-2.5 text-right">
                {tUnits("colCoefficient")}
              </th>
              <th scope="col" className="px-4 py-2.5">
                {tUnits("colDues")}
              </th>
              <th scope="col" className="hidden px-4 py-2.5 sm:table-cell">
                {tUnits("colResidents")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.items.map((unit) => (
              <tr key={unit.id} className="align-top" data-testid="public-unit-row">
                <th scope="row" className="px-4 py-3 font-semibold text-slate-900">
                  {unit.number}
                  <span className="block text-xs font-normal text-slate-500">
                    {unit.tower} · {formatCop(locale, unit.monthlyFee)}
                  </span>
                  <span className="mt-1 block text-xs font-normal text-slate-600 sm:hidden">
                    {unit.residents.map((r) => r.fullName).join(", ")}
                  </span>
                </th>
                <td className="px-4 py-3 text-right whitespace-nowrap text-slate-700 tabular-nums">
                  {formatPercent(locale, unit.coefficient, 4)}
                </td>
                <td className="px-4 py-3">
                  <DuesBadge locale={locale} status={unit.duesStatus} />
                </td>
                <td className="hidden px-4 py-3 text-slate-700 sm:table-cell">
                  <ul className="space-y-0.5">
                    {unit.residents.map((r) => (
                      <li key={r.id}>
                        {r.fullName} <span className="text-xs text-slate-500">· {tDashboard(residentRoleKey(r.type, r.fullName))}</span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </PublicDemoFrame>
  );
}
