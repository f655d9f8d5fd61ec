// POST /api/admin/extension-requests/[requestId]/deny — refuse a prospect's request for more time (sales console)
import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { decideExtensionRequestSchema } from "@/lib/schemas/engagement";
import { parseAdminBody } from "@/server/admin/parse-admin-body";
import { withAdmin } from "@/server/admin/with-admin";
import { denyExtensionRequest } from "@/server/engagement/deny-extension-request";
import { parseRouteId } from "@/server/http/parse-route-id";

export const POST = withAdmin<{ requestId: string }>(async (request, { params, locale, admin }) => {
  const requestId = parseRouteId(params.requestId, "extension_request_not_found");
  const data = await parseAdminBody(request, decideExtensionRequestSchema);
  await denyExtensionRequest({ requestId, actor: admin.email, reason: data.reason });
  return NextResponse.json({ success: true, message: getTranslator(locale, "adminEngagement")("denied") });
});
