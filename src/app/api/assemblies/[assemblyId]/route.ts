// GET /api/assemblies/[assemblyId] — one assembly: agenda with live tallies, attendance, live quorum, minutes
import { NextResponse } from "next/server";
import { getAssembly } from "@/server/assemblies/get-assembly";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const GET = withDemoOrg<{ assemblyId: string }>(async (_request, { transaction, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  return NextResponse.json(await transaction((tenant) => getAssembly(tenant, { assemblyId })));
});
