import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { onboardingUpdateSchema } from "@/lib/schemas/engagement";
import { getOnboarding } from "@/server/engagement/get-onboarding";
import { updateOnboarding } from "@/server/engagement/update-onboarding";
import { parseJsonBody } from "@/server/http/api-route";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

// GET /api/onboarding — the session demo's guided checklist: { items: [{ key, title, done, href }], … }
export const GET = withDemoOrg(async (_request, { organization, locale }) => {
  const onboarding = await getOnboarding(organization.id);
  const t = getTranslator(locale, "onboarding");
  return NextResponse.json({
    items: onboarding.items.map((item) => ({ key: item.key, title: t(item.key), done: item.done, href: item.href })),
    completed: onboarding.completed,
    total: onboarding.total,
    dismissed: onboarding.dismissed,
  });
});

// PATCH /api/onboarding — hide ({ dismissed: true }) or show again the session demo's checklist
export const PATCH = withDemoOrg(async (request, { organization, user }) => {
  const { data } = await parseJsonBody(request, onboardingUpdateSchema);
  return NextResponse.json(await updateOnboarding({ organizationId: organization.id, actor: user.email, dismissed: data.dismissed }));
});
