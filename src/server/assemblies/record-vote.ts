import "server-only";
import type { VoteCastInput } from "@/lib/schemas/assemblies";
import type { TenantContext } from "@/server/db/tenant";
import { recordFeatureUsed } from "@/server/events/record-event";
import { castVote } from "./cast-vote";
import { getAssembly } from "./get-assembly";
import type { AgendaItemView, QuorumView } from "./to-assembly-detail";

/**
 * The administrator records a unit's vote (or changes it) on an item whose voting is open — the same
 * rules as a vote through the unit's link (`castVote`). Records a "feature_used" event (record_vote).
 * @returns `created` (true for a first vote, false for a change), the vote, the item with its tally
 *   recomputed and the assembly's quorum — what the page shows as the result.
 * @throws as `castVote`.
 */
export async function recordVote(
  tenant: TenantContext,
  { assemblyId, input, actor, now = new Date() }: { assemblyId: string; input: VoteCastInput; actor: string; now?: Date },
): Promise<{
  created: boolean;
  attendanceCreated: boolean;
  vote: VoteCastInput & { castAt: string };
  item: AgendaItemView;
  quorum: QuorumView;
}> {
  const { created, attendanceCreated } = await castVote(tenant, { assemblyId, ...input, now });
  await recordFeatureUsed(tenant, {
    actor,
    feature: "record_vote",
    details: { assemblyId, agendaItemId: input.agendaItemId, unitId: input.unitId },
  });
  const assembly = await getAssembly(tenant, { assemblyId });
  return {
    created,
    attendanceCreated,
    vote: { ...input, castAt: now.toISOString() },
    item: assembly.agenda.find((agendaItem) => agendaItem.id === input.agendaItemId)!,
    quorum: assembly.quorum,
  };
}
