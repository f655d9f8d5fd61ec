// POST /api/assemblies/[assemblyId]/attendance — register a unit as present (201 new, 200 already present)
import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { attendanceCreateSchema } from "@/lib/schemas/assemblies";
import { registerAttendance } from "@/server/assemblies/register-attendance";
import { parseJsonBody } from "@/server/http/api-route";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string }>(async (request, { tenant, user, locale: requestLocale, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, getTranslator(requestLocale, "assemblies")("notFound"));
  const { data, locale } = await parseJsonBody(request, attendanceCreateSchema, requestLocale);
  const result = await registerAttendance(tenant, { assemblyId, input: data, actor: user.email, locale });
  return NextResponse.json(result, { status: result.created ? 201 : 200 });
});
