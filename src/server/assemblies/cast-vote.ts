import "server-only";
import { unitsVotedBy, type VoteChoice } from "@/lib/governance";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { ensureAttendance } from "./ensure-attendance";
import { lockAssembly } from "./lock-assembly";

/**
 * Casts a unit's vote on an agenda item whose voting is open, or changes it while the item stays open
 * (one vote per unit and item: a second vote updates the first, never a second row). Votes weigh the
 * unit's coefficient (Ley 675 de 2001 art. 37). The unit's owner also votes for every unit whose proxy
 * they hold (`unitsVotedBy`): the represented coefficient adds to the holder's. A unit that is not
 * registered yet is registered present in person first.
 * @param options.unitId the voting unit (its owner, or whoever holds its voter link).
 * @returns `created` (true when the unit had not voted this item), `attendanceCreated` (registered now),
 *   and the units the vote was recorded for (the voter's first).
 * @throws 404 `assembly_not_found`, `agenda_item_not_found`, `unit_not_found`; 409 `assembly_closed`,
 *   `assembly_not_started`, `item_without_vote`, `voting_not_open` (not opened yet), `voting_closed`,
 *   `vote_by_proxy_holder` (the unit gave its proxy to another unit's owner, who votes for it).
 */
export async function castVote(
  tenant: TenantContext,
  {
    assemblyId,
    agendaItemId,
    unitId,
    choice,
    now = new Date(),
  }: { assemblyId: string; agendaItemId: string; unitId: string; choice: VoteChoice; now?: Date },
): Promise<{ created: boolean; attendanceCreated: boolean; unitIds: string[] }> {
  const { db, organizationId } = tenant;
  // Ids first, then state: another organization's ids answer 404 whatever the assembly's status.
  const { status } = await lockAssembly(tenant, { assemblyId, mode: "share", allowed: ["scheduled", "in_progress", "closed"] });
  const item = await db.agendaItem.findFirst({
    where: { id: agendaItemId, organizationId, assemblyId },
    select: { requiresVote: true, votingStatus: true },
  });
  if (!item) throw new AppError("agenda_item_not_found");
  if (!item.requiresVote) throw new AppError("item_without_vote");
  const unit = await db.unit.findFirst({ where: { id: unitId, organizationId }, select: { id: true } });
  if (!unit) throw new AppError("unit_not_found");
  if (status === "closed") throw new AppError("assembly_closed");
  if (status === "scheduled") throw new AppError("assembly_not_started");
  if (item.votingStatus === "pending") throw new AppError("voting_not_open");
  if (item.votingStatus === "closed") throw new AppError("voting_closed");

  const attendance = await ensureAttendance(tenant, { assemblyId, unitId, now });
  const registrations = await db.attendance.findMany({
    where: { organizationId, assemblyId },
    select: { unitId: true, proxyHolderUnitId: true },
  });
  if (registrations.some((r) => r.unitId === unitId && r.proxyHolderUnitId !== null)) throw new AppError("vote_by_proxy_holder");

  const unitIds = unitsVotedBy(unitId, registrations);
  const [own] = await db.vote.createManyAndReturn({
    data: [{ organizationId, agendaItemId, unitId, choice, castAt: now }],
    skipDuplicates: true,
    select: { id: true },
  });
  await db.vote.createMany({
    data: unitIds.slice(1).map((represented) => ({ organizationId, agendaItemId, unitId: represented, choice, castAt: now })),
    skipDuplicates: true,
  });
  await db.vote.updateMany({
    where: { organizationId, agendaItemId, unitId: { in: unitIds }, NOT: { choice } },
    data: { choice, castAt: now },
  });
  return { created: Boolean(own), attendanceCreated: attendance.created, unitIds };
}
