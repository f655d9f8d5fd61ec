// POST /api/sales/contact-requests — "Hablar con ventas" from the chatbot, the demo banner, the no-credits panel and the
// expired page (docs/sales.md#talk-to-sales)
import { after, NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { contactRequestSchema } from "@/lib/schemas/sales";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";
import { clientIp } from "@/server/http/client-ip";
import { deliverEmailsAfterResponse } from "@/server/mail/deliver-emails";
import { createContactRequest } from "@/server/sales/create-contact-request";
import { resolveDemoOrg } from "@/server/tenancy/resolve-demo-org";

export const POST = apiRoute(async (request) => {
  const { data, locale } = await parseJsonBody(request, contactRequestSchema);
  // A demo's session (active or expired) speaks for its own user and organization; otherwise the body's email.
  const access = await resolveDemoOrg();
  const requester =
    access.kind === "active" || access.kind === "expired"
      ? {
          organizationId: access.organization.id,
          organizationName: access.organization.name,
          email: access.user.email,
          name: access.user.name,
        }
      : null;
  const result = await createContactRequest({ body: data, requester, ip: clientIp(request.headers), locale });
  if (result.emailId !== null) after(() => deliverEmailsAfterResponse([result.emailId!]));
  return NextResponse.json(
    {
      id: result.id,
      email: result.email,
      organizationId: result.organizationId,
      createdAt: result.createdAt.toISOString(),
      message: getTranslator(locale, "talkToSales")("sent"),
    },
    { status: 201 },
  );
});
