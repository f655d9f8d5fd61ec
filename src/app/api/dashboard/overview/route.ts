// GET /api/dashboard/overview — the session organization's overview (KPIs, units, assemblies) as JSON
import { NextResponse } from "next/server";
import { getDashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { listAllUnits } from "@/server/units/list-all-units";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const GET = withDemoOrg(async (_request, { transaction, organization }) => {
  const [overview, units] = await transaction(async (tenant) => [await getDashboardOverview(tenant), await listAllUnits(tenant)] as const);
  return NextResponse.json({
    organization: {
      name: organization.name,
      isDemo: organization.isDemo,
      demoExpiresAt: organization.demoExpiresAt,
      assemblyCredits: organization.assemblyCredits,
    },
    ...overview,
    units,
  });
});
