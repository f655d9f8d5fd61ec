// GET /api/dashboard/overview — the session organization's overview (KPIs, units, assemblies) as JSON
import { NextResponse } from "next/server";
import { getDashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { listAllUnits } from "@/server/units/list-all-units";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const GET = withDemoOrg(async (_request, { tenant, organization }) => {
  const overview = await getDashboardOverview(tenant);
  const units = await listAllUnits(tenant);
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
