// POST /api/assemblies/[assemblyId]/votes — record (201) or change (200) a unit's vote on an agenda item
import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { voteCastSchema } from "@/lib/schemas/assemblies";
import { recordVote } from "@/server/assemblies/record-vote";
import { parseJsonBody } from "@/server/http/api-route";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string }>(async (request, { tenant, user, locale: requestLocale, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, getTranslator(requestLocale, "assemblies")("notFound"));
  const { data, locale } = await parseJsonBody(request, voteCastSchema, requestLocale);
  const result = await recordVote(tenant, { assemblyId, input: data, actor: user.email, locale });
  return NextResponse.json(result, { status: result.created ? 201 : 200 });
});
