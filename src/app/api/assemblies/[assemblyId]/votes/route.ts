// POST /api/assemblies/[assemblyId]/votes — record (201) or change (200) a unit's vote on an agenda item
import { NextResponse } from "next/server";
import { voteCastSchema } from "@/lib/schemas/assemblies";
import { recordVote } from "@/server/assemblies/record-vote";
import { parseJsonBody } from "@/server/http/api-route";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string }>(async (request, { transaction, user, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const { data } = await parseJsonBody(request, voteCastSchema);
  const result = await transaction((tenant) => recordVote(tenant, { assemblyId, input: data, actor: user.email }));
  return NextResponse.json(result, { status: result.created ? 201 : 200 });
});
