import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { residentUpdateSchema } from "@/lib/schemas/residents";
import { deleteResident } from "@/server/residents/delete-resident";
import { updateResident } from "@/server/residents/update-resident";
import { parseJsonBody } from "@/server/http/api-route";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

// PATCH /api/residents/[residentId] — edit a resident of the session organization
export const PATCH = withDemoOrg<{ residentId: string }>(async (request, { tenant, user, locale: requestLocale, params }) => {
  const residentId = parseRouteId(params.residentId, getTranslator(requestLocale, "residents")("residentNotFound"));
  const { data, locale } = await parseJsonBody(request, residentUpdateSchema, requestLocale);
  return NextResponse.json(await updateResident(tenant, { residentId, input: data, actor: user.email, locale }));
});

// DELETE /api/residents/[residentId] — remove a resident of the session organization (never a unit's last owner)
export const DELETE = withDemoOrg<{ residentId: string }>(async (_request, { tenant, user, locale, params }) => {
  const residentId = parseRouteId(params.residentId, getTranslator(locale, "residents")("residentNotFound"));
  await deleteResident(tenant, { residentId, actor: user.email, locale });
  return new Response(null, { status: 204 });
});
