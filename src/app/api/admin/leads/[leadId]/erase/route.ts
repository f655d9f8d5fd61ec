// POST /api/admin/leads/[leadId]/erase — erase a person's data on their request (sales console;
// docs/rules.md#personal-data-ley-1581-de-2012). Body `{ confirmEmail, reason? }`: the holder's address typed again.
import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { eraseLeadSchema } from "@/lib/schemas/admin";
import { parseAdminBody } from "@/server/admin/parse-admin-body";
import { withAdmin } from "@/server/admin/with-admin";
import { parseRouteId } from "@/server/http/parse-route-id";
import { eraseLead } from "@/server/leads/erase-lead";

export const POST = withAdmin<{ leadId: string }>(async (request, { params, locale, admin }) => {
  const leadId = parseRouteId(params.leadId, "lead_not_found");
  const data = await parseAdminBody(request, eraseLeadSchema);
  const result = await eraseLead({ leadId, confirmEmail: data.confirmEmail, reason: data.reason, actor: admin.email });
  return NextResponse.json({
    success: true,
    message: getTranslator(locale, "adminPrivacy")("eraseDone"),
    leadId: result.leadId,
    erasedAt: result.erasedAt.toISOString(),
    organizationsDeleted: result.organizationsDeleted,
  });
});
