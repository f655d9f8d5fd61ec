import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { recordFeatureUsed } from "@/server/events/record-event";
import { AppError } from "@/server/http/app-error";
import { lockAssembly } from "./lock-assembly";

/**
 * Opens or closes the voting of one agenda item of an assembly in progress. Voting goes pending → open
 * → closed; while open, units vote and may change their vote; once closed it stays closed (the
 * result is final). Opening an open item or closing a closed one changes nothing. Closing the
 * assembly closes every item.
 * @param options.status "open" or "closed".
 * @returns the item's voting status after the call.
 * @throws 404 `assembly_not_found`, `agenda_item_not_found`; 409 `assembly_not_started`,
 *   `assembly_closed`, `item_without_vote`, `voting_closed` (reopening a closed item),
 *   `voting_not_open` (closing an item never opened).
 */
export async function setItemVoting(
  tenant: TenantContext,
  { assemblyId, agendaItemId, status, actor }: { assemblyId: string; agendaItemId: string; status: "open" | "closed"; actor: string },
): Promise<{ id: string; votingStatus: "open" | "closed" }> {
  const { db, organizationId } = tenant;
  // Ids first, then state: another organization's ids answer 404 whatever the assembly's status.
  const assembly = await lockAssembly(tenant, { assemblyId, mode: "share", allowed: ["scheduled", "in_progress", "closed"] });
  const [item] = await db.$queryRaw<{ requires_vote: boolean; voting_status: string }[]>`
    SELECT requires_vote, voting_status::text AS voting_status FROM agenda_items
    WHERE id = ${agendaItemId}::uuid AND organization_id = ${organizationId}::uuid AND assembly_id = ${assemblyId}::uuid
    FOR UPDATE`;
  if (!item) throw new AppError("agenda_item_not_found");
  if (assembly.status === "closed") throw new AppError("assembly_closed");
  if (assembly.status === "scheduled") throw new AppError("assembly_not_started");
  if (!item.requires_vote) throw new AppError("item_without_vote");
  if (item.voting_status === status) return { id: agendaItemId, votingStatus: status };
  if (status === "open" && item.voting_status === "closed") throw new AppError("voting_closed");
  if (status === "closed" && item.voting_status === "pending") throw new AppError("voting_not_open");

  await db.agendaItem.updateMany({ where: { id: agendaItemId, organizationId }, data: { votingStatus: status } });
  await recordFeatureUsed(tenant, {
    actor,
    feature: status === "open" ? "open_voting" : "close_voting",
    details: { assemblyId, agendaItemId },
  });
  return { id: agendaItemId, votingStatus: status };
}
