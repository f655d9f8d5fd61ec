// POST /api/assemblies/[assemblyId]/close — close an assembly in progress: quorum snapshot and minutes (409 before it starts)
import { NextResponse } from "next/server";
import { assemblyStartSchema } from "@/lib/schemas/assemblies";
import { closeAssembly } from "@/server/assemblies/close-assembly";
import { parseOptionalJsonBody } from "@/server/http/optional-json-body";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string }>(async (request, { transaction, organization, user, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const signatories = await parseOptionalJsonBody(request, assemblyStartSchema);
  const assembly = await transaction((tenant) => closeAssembly(tenant, { assemblyId, organization, actor: user.email, ...signatories }));
  return NextResponse.json({ assembly });
});
