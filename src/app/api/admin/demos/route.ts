// POST /api/admin/demos — sales creates a demo for a named prospect and sends the invitation (docs/sales.md#sales-created-demo)
import { after, NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { createSalesDemoSchema } from "@/lib/schemas/sales";
import { withAdmin } from "@/server/admin/with-admin";
import { parseJsonBody } from "@/server/http/api-route";
import { deliverEmailsAfterResponse } from "@/server/mail/deliver-emails";
import { createSalesDemo } from "@/server/sales/create-sales-demo";

export const POST = withAdmin(async (request, { locale, admin }) => {
  const { data } = await parseJsonBody(request, createSalesDemoSchema);
  const t = getTranslator(locale, "salesConsole");
  const result = await createSalesDemo({ ...data, actor: admin.email });
  if (result.status === "already_exists") {
    return NextResponse.json({ ...result, message: t("alreadyExists", { email: result.email }) }, { status: 200 });
  }
  const emailId = result.invitationEmailId;
  if (emailId !== null) after(() => deliverEmailsAfterResponse([emailId]));
  return NextResponse.json(
    {
      status: "created",
      demo: { ...result.demo, demoExpiresAt: result.demo.demoExpiresAt.toISOString() },
      message: t("created", { email: result.demo.email }),
    },
    { status: 201 },
  );
});
