// POST /api/assemblies/[assemblyId]/simulate {durationSeconds?, seed?} — starts a simulated assembly day (202);
// {stop: true} or DELETE stops it (200). 404 for an assembly of another organization, 409 once closed.
import { NextResponse } from "next/server";
import { simulateSchema } from "@/lib/schemas/simulation";
import { startSimulation, stopSimulation } from "@/server/assemblies/simulation";
import { parseRouteId } from "@/server/http/parse-route-id";
import { parseOptionalJsonBody } from "@/server/http/optional-json-body";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const POST = withDemoOrg<{ assemblyId: string }>(async (request, { transaction, params, user }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const input = await parseOptionalJsonBody(request, simulateSchema);
  if (input.stop) {
    const stopped = await transaction((tenant) => stopSimulation(tenant, { assemblyId, actor: user.email }));
    return NextResponse.json({ simulation: stopped }, { status: 200 });
  }
  const simulation = await transaction((tenant) =>
    startSimulation(tenant, { assemblyId, actor: user.email, durationSeconds: input.durationSeconds, seed: input.seed }),
  );
  return NextResponse.json({ simulation }, { status: 202 });
});

export const DELETE = withDemoOrg<{ assemblyId: string }>(async (_request, { transaction, params, user }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  const stopped = await transaction((tenant) => stopSimulation(tenant, { assemblyId, actor: user.email }));
  return NextResponse.json({ simulation: stopped }, { status: 200 });
});
