// POST /api/admin/extension-requests/[requestId]/approve — grant a prospect's request for more time (sales console; extend caps)
import { getTranslator } from "@/lib/i18n";
import { decideExtensionRequestSchema } from "@/lib/schemas/engagement";
import { demoExtendedResponse } from "@/server/admin/demo-extended-response";
import { parseAdminBody } from "@/server/admin/parse-admin-body";
import { withAdmin } from "@/server/admin/with-admin";
import { approveExtensionRequest } from "@/server/engagement/approve-extension-request";
import { parseRouteId } from "@/server/http/parse-route-id";

export const POST = withAdmin<{ requestId: string }>(async (request, { params, locale, admin }) => {
  const requestId = parseRouteId(params.requestId, "extension_request_not_found");
  const data = await parseAdminBody(request, decideExtensionRequestSchema);
  const demo = await approveExtensionRequest({ requestId, actor: admin.email, days: data.days, reason: data.reason });
  return demoExtendedResponse(locale, demo, (date) => getTranslator(locale, "adminEngagement")("approved", { date }));
});
