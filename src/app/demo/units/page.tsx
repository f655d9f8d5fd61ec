import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslator } from "@/lib/i18n";
import { MAX_UNIT_PAGE_SIZE } from "@/lib/schemas/units";
import { withTenant } from "@/server/db/tenant";
import { getPublicDemoOrganization } from "@/server/demo/get-public-demo";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { listUnits } from "@/server/units/list-units";
import { UnitsTable } from "../../dashboard/admin-ph/units/_components/units-table";
import { PublicDemoFrame } from "../_components/public-demo-frame";

export const metadata: Metadata = { title: "Assembly — Demo público: unidades" };

// /demo/units — the public demo's units, read-only: the dashboard's units table without links, every unit on one
// page. On a phone (375 px) the table keeps unit, coefficient and dues; the rest shows from wider screens.
export default async function PublicDemoUnitsPage() {
  const organization = await getPublicDemoOrganization();
  if (!organization) notFound();
  const locale = await getRequestLocale();
  const query = { page: 1, pageSize: MAX_UNIT_PAGE_SIZE };
  const list = await withTenant(organization.id, (tenant) => listUnits(tenant, query));
  return (
    <PublicDemoFrame locale={locale} organization={organization} section="units">
      <UnitsTable
        locale={locale}
        list={list}
        query={query}
        readOnly
        title={getTranslator(locale, "publicDemoPages")("unitsTitle", { total: list.total })}
      />
    </PublicDemoFrame>
  );
}
