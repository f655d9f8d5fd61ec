// POST /api/admin/demos/[organizationId]/extend — add days to a demo's expiry (sales console; capped)
import { getTranslator } from "@/lib/i18n";
import { extendDemoSchema } from "@/lib/schemas/admin";
import { demoExtendedResponse } from "@/server/admin/demo-extended-response";
import { parseAdminBody } from "@/server/admin/parse-admin-body";
import { withAdmin } from "@/server/admin/with-admin";
import { extendDemo } from "@/server/demo/extend-demo";
import { parseRouteId } from "@/server/http/parse-route-id";

export const POST = withAdmin<{ organizationId: string }>(async (request, { params, locale, admin }) => {
  const organizationId = parseRouteId(params.organizationId, "demo_not_found");
  const data = await parseAdminBody(request, extendDemoSchema);
  const demo = await extendDemo({ organizationId, days: data.days, reason: data.reason, actor: admin.email });
  return demoExtendedResponse(locale, demo, (date) => getTranslator(locale, "adminApi")("extended", { date }));
});
