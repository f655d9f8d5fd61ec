// POST /api/admin/demos/[organizationId]/convert — mark a demo's prospect as a customer (sales console)
import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { demoActionSchema } from "@/lib/schemas/admin";
import { parseAdminBody } from "@/server/admin/parse-admin-body";
import { withAdmin } from "@/server/admin/with-admin";
import { markConverted } from "@/server/demo/mark-converted";
import { parseRouteId } from "@/server/http/parse-route-id";

export const POST = withAdmin<{ organizationId: string }>(async (request, { params, locale, admin }) => {
  const organizationId = parseRouteId(params.organizationId, "demo_not_found");
  const data = await parseAdminBody(request, demoActionSchema);
  const demo = await markConverted({ organizationId, reason: data.reason, actor: admin.email });
  return NextResponse.json({ success: true, message: getTranslator(locale, "adminApi")("converted"), demo });
});
