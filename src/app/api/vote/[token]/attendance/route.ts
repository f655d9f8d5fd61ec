// POST /api/vote/[token]/attendance — public: register the link's unit as present, optionally by proxy ({ proxy? })
import { NextResponse } from "next/server";
import { linkAttendanceSchema } from "@/lib/schemas/assemblies";
import { limitVoterLink } from "@/server/assemblies/limit-voter-link";
import { registerByVoterLink } from "@/server/assemblies/voter-session";
import { apiRoute, parseJsonBody } from "@/server/http/api-route";

export const POST = apiRoute<{ token: string }>(async (request, { params }) => {
  await limitVoterLink(request.headers, params.token);
  const { data } = await parseJsonBody(request, linkAttendanceSchema);
  const result = await registerByVoterLink(params.token, data);
  return NextResponse.json(result, { status: result.created ? 201 : 200 });
});
