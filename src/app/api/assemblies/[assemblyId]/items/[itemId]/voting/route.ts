// POST /api/assemblies/[assemblyId]/items/[itemId]/voting — open or close one agenda item's voting: { status: "open" | "closed" }
import { NextResponse } from "next/server";
import { itemVotingSchema } from "@/lib/schemas/assemblies";
import { setItemVoting } from "@/server/assemblies/set-item-voting";
import { parseJsonBody } from "@/server/http/api-route";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string; itemId: string }>(async (request, { transaction, user, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const agendaItemId = parseRouteId(params.itemId, "agenda_item_not_found");
  const { data } = await parseJsonBody(request, itemVotingSchema);
  const result = await transaction((tenant) => setItemVoting(tenant, { assemblyId, agendaItemId, status: data.status, actor: user.email }));
  return NextResponse.json(result);
});
