// POST /api/residents — add a resident to one of the session organization's units
import { NextResponse } from "next/server";
import { residentCreateSchema } from "@/lib/schemas/residents";
import { createResident } from "@/server/residents/create-resident";
import { parseJsonBody } from "@/server/http/api-route";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg(async (request, { transaction, user }) => {
  const { data } = await parseJsonBody(request, residentCreateSchema);
  const resident = await transaction((tenant) => createResident(tenant, { input: data, actor: user.email }));
  return NextResponse.json(resident, { status: 201 });
});
