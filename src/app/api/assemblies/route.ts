// GET  /api/assemblies — the session organization's assemblies, newest first
// POST /api/assemblies — convene a new assembly with its agenda, spending one assembly credit
import { NextResponse } from "next/server";
import { assemblyCreateSchema } from "@/lib/schemas/assemblies";
import { createAssembly } from "@/server/assemblies/create-assembly";
import { listAssemblies } from "@/server/assemblies/list-assemblies";
import { parseJsonBody } from "@/server/http/api-route";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const GET = withDemoOrg(async (_request, { tenant }) => NextResponse.json(await listAssemblies(tenant)));

export const POST = withDemoOrg(async (request, { tenant, user, locale: requestLocale }) => {
  const { data, locale } = await parseJsonBody(request, assemblyCreateSchema, requestLocale);
  const result = await createAssembly(tenant, { input: data, actor: user.email, locale });
  return NextResponse.json(result, { status: 201 });
});
