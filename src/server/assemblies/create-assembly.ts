import "server-only";
import type { AssemblyCreateInput } from "@/lib/schemas/assemblies";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { getAssembly } from "./get-assembly";
import { recordFeatureUsed } from "@/server/events/record-event";
import type { AssemblyDetail } from "./to-assembly-detail";

/**
 * Convenes a new assembly with its agenda (positions 1…n in the given order), spending one of the
 * organization's assembly credits (docs/rules.md#scenarios-and-seed-content: a demo has 1). The credit is taken by one
 * conditional UPDATE in the caller's transaction — `assembly_credits - 1 WHERE id = <session org> AND
 * assembly_credits > 0` — so concurrent requests queue on the organization's row and only as many
 * succeed as there were credits; a failure later in the transaction gives the credit back.
 * Also records a "feature_used" event (create_assembly).
 * @param options.actor the session user's email, for the event.
 * @returns the new assembly (`AssemblyDetail`) and the credits left.
 * @throws AppError("no_credits") → 409 when no credit is left, (its message points to sales).
 */
export async function createAssembly(
  tenant: TenantContext,
  { input, actor, now = new Date() }: { input: AssemblyCreateInput; actor: string; now?: Date },
): Promise<{ assembly: AssemblyDetail; assemblyCredits: number }> {
  const { db, organizationId } = tenant;
  // organizations is a platform table without row-level security: only ever the session's id here.
  const [spent] = await db.$queryRaw<{ assembly_credits: number }[]>`
    UPDATE organizations SET assembly_credits = assembly_credits - 1, updated_at = now()
    WHERE id = ${organizationId}::uuid AND assembly_credits > 0
    RETURNING assembly_credits`;
  if (!spent) throw new AppError("no_credits");

  const assemblyId = crypto.randomUUID();
  await db.assembly.create({
    data: {
      id: assemblyId,
      organizationId,
      title: input.title,
      type: input.type,
      status: "scheduled",
      scheduledAt: input.scheduledAt,
      location: input.location,
      createdAt: now,
    },
  });
  await db.agendaItem.createMany({
    data: input.agenda.map((item, index) => ({
      organizationId,
      assemblyId,
      position: index + 1,
      title: item.title,
      description: item.description ?? null,
      requiresVote: item.requiresVote,
      majority: item.majority,
    })),
  });
  await recordFeatureUsed(tenant, { actor, feature: "create_assembly", details: { assemblyId } });
  return { assembly: await getAssembly(tenant, { assemblyId }), assemblyCredits: spent.assembly_credits };
}
