// POST /api/admin/demos/[organizationId]/extend — add days to a demo's expiry (sales console; capped)
import { NextResponse } from "next/server";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n";
import { extendDemoSchema } from "@/lib/schemas/admin";
import { parseAdminBody } from "@/server/admin/parse-admin-body";
import { withAdmin } from "@/server/admin/with-admin";
import { extendDemo } from "@/server/demo/extend-demo";
import { parseRouteId } from "@/server/http/parse-route-id";

export const POST = withAdmin<{ organizationId: string }>(async (request, { params, locale: requestLocale, admin }) => {
  const organizationId = parseRouteId(params.organizationId, getTranslator(requestLocale, "adminApi")("demoNotFound"));
  const { data, locale } = await parseAdminBody(request, extendDemoSchema, requestLocale);
  const demo = await extendDemo({ organizationId, days: data.days, reason: data.reason, actor: admin.email, locale });
  const message = getTranslator(locale, "adminApi")("extended", { date: formatDate(locale, demo.demoExpiresAt!) });
  return NextResponse.json({ success: true, message, demo });
});
