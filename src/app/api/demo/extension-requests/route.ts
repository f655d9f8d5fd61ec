// POST /api/demo/extension-requests — the prospect asks for more time (also from the "Demo vencido" page)
import { NextResponse } from "next/server";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n";
import { moreTimeRequestSchema } from "@/lib/schemas/engagement";
import { parseAdminBody } from "@/server/admin/parse-admin-body";
import { requestMoreTime } from "@/server/engagement/request-more-time";
import { withDemoAccount } from "@/server/engagement/with-demo-account";

export const POST = withDemoAccount(async (request, { organization, user, locale }) => {
  const data = await parseAdminBody(request, moreTimeRequestSchema);
  const result = await requestMoreTime({ organizationId: organization.id, email: user.email, message: data.message });
  const t = getTranslator(locale, "moreTime");
  if (result.status === "approved") {
    return NextResponse.json(
      {
        id: result.requestId,
        status: result.status,
        days: result.days,
        demoExpiresAt: result.demoExpiresAt,
        message: t("approved", { date: formatDate(locale, result.demoExpiresAt) }),
      },
      { status: 201 },
    );
  }
  return NextResponse.json({ id: result.requestId, status: result.status, message: t("pending") }, { status: 201 });
});
