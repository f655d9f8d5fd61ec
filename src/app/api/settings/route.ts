import { NextResponse } from "next/server";
import { settingsUpdateSchema } from "@/lib/schemas/settings";
import { parseJsonBody } from "@/server/http/api-route";
import { updateSettings } from "@/server/settings/update-settings";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

// GET /api/settings — the session organization's settings, to fill the settings form
export const GET = withDemoOrg(async (_request, { organization }) => {
  const { name, themeColor, locale } = organization;
  return NextResponse.json({ name, themeColor, locale });
});

// PATCH /api/settings — change the session organization's name, theme colour and/or locale
export const PATCH = withDemoOrg(async (request, { transaction, user }) => {
  const { data } = await parseJsonBody(request, settingsUpdateSchema);
  return NextResponse.json(await transaction((tenant) => updateSettings(tenant, { input: data, actor: user.email })));
});
