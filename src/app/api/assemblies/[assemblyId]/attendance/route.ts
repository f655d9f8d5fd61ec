// POST /api/assemblies/[assemblyId]/attendance — register a unit as present, in person or by proxy (201 new,
// 200 already present); with `{ registrations: [...] }`, many at once (200 with counts)
import { NextResponse } from "next/server";
import { attendanceBulkSchema, attendanceCreateSchema } from "@/lib/schemas/assemblies";
import { registerAttendance, registerAttendanceBulk } from "@/server/assemblies/register-attendance";
import { readJsonBody } from "@/server/http/read-json-body";
import { AppError } from "@/server/http/app-error";
import { fieldErrors } from "@/server/http/respond";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string }>(async (request, { transaction, user, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const raw = await readJsonBody(request);
  const bulk = typeof raw === "object" && raw !== null && "registrations" in raw;
  const parsed = (bulk ? attendanceBulkSchema : attendanceCreateSchema).safeParse(raw);
  if (!parsed.success) throw new AppError("validation_failed", { details: fieldErrors(parsed.error) });
  if (bulk) {
    const { registrations } = parsed.data as { registrations: (typeof attendanceCreateSchema._output)[] };
    const result = await transaction((tenant) => registerAttendanceBulk(tenant, { assemblyId, inputs: registrations, actor: user.email }));
    return NextResponse.json(result);
  }
  const input = parsed.data as typeof attendanceCreateSchema._output;
  const result = await transaction((tenant) => registerAttendance(tenant, { assemblyId, input, actor: user.email }));
  return NextResponse.json(result, { status: result.created ? 201 : 200 });
});
