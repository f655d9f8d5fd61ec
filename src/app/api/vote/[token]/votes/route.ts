// POST /api/vote/[token]/votes — public: the link's unit votes (or changes its vote) on an open item
import { NextResponse } from "next/server";
import { linkVoteSchema } from "@/lib/schemas/assemblies";
import { limitVoterLink } from "@/server/assemblies/limit-voter-link";
import { voteByVoterLink } from "@/server/assemblies/voter-session";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";

export const POST = apiRoute<{ token: string }>(async (request, { params }) => {
  await limitVoterLink(request.headers, params.token);
  const { data } = await parseJsonBody(request, linkVoteSchema);
  const result = await voteByVoterLink(params.token, data);
  return NextResponse.json(result, { status: result.created ? 201 : 200 });
});
