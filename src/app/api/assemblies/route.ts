// GET  /api/assemblies — the session organization's assemblies, newest first
// POST /api/assemblies — convene a new assembly with its agenda, spending one assembly credit
import { NextResponse } from "next/server";
import { assemblyCreateSchema } from "@/lib/schemas/assemblies";
import { createAssembly } from "@/server/assemblies/create-assembly";
import { listAssemblies } from "@/server/assemblies/list-assemblies";
import { parseJsonBody } from "@/server/http/api-route";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const GET = withDemoOrg(async (_request, { transaction }) => NextResponse.json(await transaction(listAssemblies)));

export const POST = withDemoOrg(async (request, { transaction, user }) => {
  const { data } = await parseJsonBody(request, assemblyCreateSchema);
  const result = await transaction((tenant) => createAssembly(tenant, { input: data, actor: user.email }));
  return NextResponse.json(result, { status: 201 });
});
