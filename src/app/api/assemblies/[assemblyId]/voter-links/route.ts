// GET /api/assemblies/[assemblyId]/voter-links — every unit's signed voter link for the assembly
import { NextResponse } from "next/server";
import { env } from "@/env";
import { listVoterLinks } from "@/server/assemblies/list-voter-links";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const GET = withDemoOrg<{ assemblyId: string }>(async (_request, { transaction, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const result = await transaction((tenant) => listVoterLinks(tenant, { assemblyId, baseUrl: env.NEXTAUTH_URL }));
  return NextResponse.json(result, { headers: { "Cache-Control": "private, no-store" } });
});
