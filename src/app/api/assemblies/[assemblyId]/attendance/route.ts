// POST /api/assemblies/[assemblyId]/attendance — register a unit as present (201 new, 200 already present)
import { NextResponse } from "next/server";
import { attendanceCreateSchema } from "@/lib/schemas/assemblies";
import { registerAttendance } from "@/server/assemblies/register-attendance";
import { parseJsonBody } from "@/server/http/api-route";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string }>(async (request, { transaction, user, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const { data } = await parseJsonBody(request, attendanceCreateSchema);
  const result = await transaction((tenant) => registerAttendance(tenant, { assemblyId, input: data, actor: user.email }));
  return NextResponse.json(result, { status: result.created ? 201 : 200 });
});
