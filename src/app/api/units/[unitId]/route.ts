// GET /api/units/[unitId] — one unit of the session organization with its residents and attendance
import { NextResponse } from "next/server";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";
import { getUnit } from "@/server/units/get-unit";

export const GET = withDemoOrg<{ unitId: string }>(async (_request, { transaction, params }) => {
  const unitId = parseRouteId(params.unitId, "unit_not_found");
  return NextResponse.json(await transaction((tenant) => getUnit(tenant, { unitId })));
});
