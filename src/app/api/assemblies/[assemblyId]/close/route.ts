// POST /api/assemblies/[assemblyId]/close — close a scheduled assembly: quorum snapshot and minutes
import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { closeAssembly } from "@/server/assemblies/close-assembly";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string }>(async (_request, { tenant, organization, user, locale, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, getTranslator(locale, "assemblies")("notFound"));
  const assembly = await closeAssembly(tenant, { assemblyId, organization, actor: user.email, locale });
  return NextResponse.json({ assembly });
});
