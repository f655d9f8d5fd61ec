// GET /api/vote/[token] — public (no account): what a unit's voter link shows — assembly, unit, coefficient, open items
import { NextResponse } from "next/server";
import { limitVoterLink } from "@/server/assemblies/limit-voter-link";
import { getVoterView } from "@/server/assemblies/voter-session";
import { apiRoute } from "@/server/http/api-route";

export const GET = apiRoute<{ token: string }>(async (request, { params }) => {
  await limitVoterLink(request.headers, params.token);
  return NextResponse.json(await getVoterView(params.token), { headers: { "Cache-Control": "private, no-store" } });
});
