// GET /api/assemblies/[assemblyId] — one assembly: agenda with live tallies, attendance, live quorum, minutes
import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { getAssembly } from "@/server/assemblies/get-assembly";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const GET = withDemoOrg<{ assemblyId: string }>(async (_request, { tenant, locale, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, getTranslator(locale, "assemblies")("notFound"));
  return NextResponse.json(await getAssembly(tenant, { assemblyId, locale }));
});
