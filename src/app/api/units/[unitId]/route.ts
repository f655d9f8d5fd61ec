// GET /api/units/[unitId] — one unit of the session organization with its residents and attendance
import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";
import { getUnit } from "@/server/units/get-unit";

export const GET = withDemoOrg<{ unitId: string }>(async (_request, { tenant, locale, params }) => {
  const unitId = parseRouteId(params.unitId, getTranslator(locale, "residents")("unitNotFound"));
  return NextResponse.json(await getUnit(tenant, { unitId, locale }));
});
