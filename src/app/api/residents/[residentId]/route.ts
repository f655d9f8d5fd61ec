import { NextResponse } from "next/server";
import { residentUpdateSchema } from "@/lib/schemas/residents";
import { deleteResident } from "@/server/residents/delete-resident";
import { updateResident } from "@/server/residents/update-resident";
import { parseJsonBody } from "@/server/http/api-route";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

// PATCH /api/residents/[residentId] — edit a resident of the session organization
export const PATCH = withDemoOrg<{ residentId: string }>(async (request, { transaction, user, params }) => {
  const residentId = parseRouteId(params.residentId, "resident_not_found");
  const { data } = await parseJsonBody(request, residentUpdateSchema);
  return NextResponse.json(await transaction((tenant) => updateResident(tenant, { residentId, input: data, actor: user.email })));
});

// DELETE /api/residents/[residentId] — remove a resident of the session organization (never a unit's last owner)
export const DELETE = withDemoOrg<{ residentId: string }>(async (_request, { transaction, user, params }) => {
  const residentId = parseRouteId(params.residentId, "resident_not_found");
  await transaction((tenant) => deleteResident(tenant, { residentId, actor: user.email }));
  return new Response(null, { status: 204 });
});
