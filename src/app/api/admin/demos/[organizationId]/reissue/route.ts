// POST /api/admin/demos/[organizationId]/reissue — give an expired or terminated demo's prospect a new demo (sales console)
import { after, NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { reissueDemoSchema } from "@/lib/schemas/admin";
import { parseAdminBody } from "@/server/admin/parse-admin-body";
import { withAdmin } from "@/server/admin/with-admin";
import { reissueDemo } from "@/server/demo/reissue-demo";
import { parseRouteId } from "@/server/http/parse-route-id";
import { deliverEmailsAfterResponse } from "@/server/mail/deliver-emails";

export const POST = withAdmin<{ organizationId: string }>(async (request, { params, locale, admin }) => {
  const organizationId = parseRouteId(params.organizationId, "demo_not_found");
  const data = await parseAdminBody(request, reissueDemoSchema);
  const { readyEmailId, ...demo } = await reissueDemo({
    target: { organizationId },
    scenario: data.scenario,
    reason: data.reason,
    actor: admin.email,
  });
  if (readyEmailId !== null) after(() => deliverEmailsAfterResponse([readyEmailId]));
  return NextResponse.json({ success: true, message: getTranslator(locale, "adminApi")("reissued"), demo }, { status: 201 });
});
