import "server-only";
import { secondCallAt } from "@/lib/governance/second-call";
import type { TenantContext } from "@/server/db/tenant";
import { recordFeatureUsed } from "@/server/events/record-event";
import { AppError } from "@/server/http/app-error";
import { getAssembly } from "./get-assembly";
import type { AssemblyDetail } from "./to-assembly-detail";

/**
 * Convenes the second call (segunda convocatoria) of a first-call assembly that closed without quorum
 * — Ley 675 de 2001 **art. 41**: a new assembly with the same agenda, on the third business day after
 * the first call's day at 8:00 p.m. Bogotá time (`secondCallAt`), which meets with any plural number
 * of owners. It is the same meeting called again, so it spends no assembly credit. One second call per
 * first call: asking again returns the one already convened.
 * @param options.titleOf the new assembly's title from the first's, in the organization's language.
 * @returns the second-call assembly (`AssemblyDetail`) and whether it was convened now.
 * @throws 404 `assembly_not_found`; 409 `second_call_not_allowed` (the assembly is not a closed first
 *   call without quorum).
 */
export async function scheduleSecondCall(
  tenant: TenantContext,
  { assemblyId, actor, titleOf }: { assemblyId: string; actor: string; titleOf: (firstTitle: string) => string },
): Promise<{ assembly: AssemblyDetail; created: boolean }> {
  const { db, organizationId } = tenant;
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`assembly-second-call:${assemblyId}`}, 0))`;
  const first = await getAssembly(tenant, { assemblyId });
  if (first.status !== "closed" || first.call !== "first" || first.quorum.met) throw new AppError("second_call_not_allowed");
  const title = titleOf(first.title);
  const existing = await db.assembly.findFirst({ where: { organizationId, call: "second", title }, select: { id: true } });
  if (existing) return { assembly: await getAssembly(tenant, { assemblyId: existing.id }), created: false };

  const id = crypto.randomUUID();
  await db.assembly.create({
    data: {
      id,
      organizationId,
      title,
      type: first.type,
      status: "scheduled",
      call: "second",
      scheduledAt: secondCallAt(new Date(first.startedAt ?? first.scheduledAt)),
      location: first.location,
    },
  });
  await db.agendaItem.createMany({
    data: first.agenda.map((item) => ({
      organizationId,
      assemblyId: id,
      position: item.position,
      title: item.title,
      description: item.description,
      requiresVote: item.requiresVote,
      majority: item.majority,
    })),
  });
  await recordFeatureUsed(tenant, { actor, feature: "create_assembly", details: { assemblyId: id, secondCallOf: assemblyId } });
  return { assembly: await getAssembly(tenant, { assemblyId: id }), created: true };
}
