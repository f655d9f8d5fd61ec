// POST /api/assemblies/[assemblyId]/start — start a scheduled assembly (early: rescheduled to now); idempotent
import { NextResponse } from "next/server";
import { assemblyStartSchema } from "@/lib/schemas/assemblies";
import { startAssembly } from "@/server/assemblies/start-assembly";
import { parseOptionalJsonBody } from "@/server/http/optional-json-body";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string }>(async (request, { transaction, user, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const body = await parseOptionalJsonBody(request, assemblyStartSchema);
  const result = await transaction((tenant) => startAssembly(tenant, { assemblyId, actor: user.email, ...body }));
  return NextResponse.json(result);
});
