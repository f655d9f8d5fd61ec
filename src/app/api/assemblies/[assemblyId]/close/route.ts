// POST /api/assemblies/[assemblyId]/close — close a scheduled assembly: quorum snapshot and minutes
import { NextResponse } from "next/server";
import { closeAssembly } from "@/server/assemblies/close-assembly";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string }>(async (_request, { transaction, organization, user, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const assembly = await transaction((tenant) => closeAssembly(tenant, { assemblyId, organization, actor: user.email }));
  return NextResponse.json({ assembly });
});
