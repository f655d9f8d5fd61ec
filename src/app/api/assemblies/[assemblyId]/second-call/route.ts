// POST /api/assemblies/[assemblyId]/second-call — convene (201) the second call of a first call closed without
// quorum (art. 41); 200 with the one already convened
import { NextResponse } from "next/server";
import { getTranslator, resolveLocale } from "@/lib/i18n";
import { scheduleSecondCall } from "@/server/assemblies/schedule-second-call";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string }>(async (_request, { transaction, organization, user, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const t = getTranslator(resolveLocale(organization.locale), "live");
  const { assembly, created } = await transaction((tenant) =>
    scheduleSecondCall(tenant, { assemblyId, actor: user.email, titleOf: (title) => t("secondCallTitle", { title }) }),
  );
  return NextResponse.json({ assembly }, { status: created ? 201 : 200 });
});
