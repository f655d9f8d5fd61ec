import "server-only";
import type { VoteCastInput } from "@/lib/schemas/assemblies";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { ensureAttendance } from "./ensure-attendance";
import { getAssembly } from "./get-assembly";
import { lockScheduledAssembly } from "./lock-scheduled-assembly";
import { recordFeatureUsed } from "@/server/events/record-event";
import type { AgendaItemView, QuorumView } from "./to-assembly-detail";

/**
 * Records a unit's vote on an agenda item of a scheduled assembly, or changes it (one vote per unit
 * and item). A unit that votes is present: its attendance is registered first when missing (owner as
 * attendee). Records a "feature_used" event (record_vote).
 * @returns `created` (true for a first vote, false for a change), the vote, the item with its tally
 *   recomputed and the assembly's quorum — what the page shows as the result.
 * @throws 404 `assembly_not_found`, `agenda_item_not_found` (not on this assembly's agenda) or
 *   `unit_not_found` (unknown or foreign); 409 `assembly_closed` or `item_without_vote`.
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
  const { db, organizationId } = tenant;
  await lockScheduledAssembly(tenant, { assemblyId, mode: "share" });
  const item = await db.agendaItem.findFirst({
    where: { id: input.agendaItemId, organizationId, assemblyId },
    select: { requiresVote: true },
  });
  if (!item) throw new AppError("agenda_item_not_found");
  if (!item.requiresVote) throw new AppError("item_without_vote");
  const attendance = await ensureAttendance(tenant, { assemblyId, unitId: input.unitId, now });

  const vote = { organizationId, agendaItemId: input.agendaItemId, unitId: input.unitId };
  const [inserted] = await db.vote.createManyAndReturn({
    data: [{ ...vote, choice: input.choice, castAt: now }],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!inserted) await db.vote.updateMany({ where: vote, data: { choice: input.choice, castAt: now } });
  await recordFeatureUsed(tenant, {
    actor,
    feature: "record_vote",
    details: { assemblyId, agendaItemId: input.agendaItemId, unitId: input.unitId },
  });

  const assembly = await getAssembly(tenant, { assemblyId });
  return {
    created: Boolean(inserted),
    attendanceCreated: attendance.created,
    vote: { ...input, castAt: now.toISOString() },
    item: assembly.agenda.find((agendaItem) => agendaItem.id === input.agendaItemId)!,
    quorum: assembly.quorum,
  };
}
