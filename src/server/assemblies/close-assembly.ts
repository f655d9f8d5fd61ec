import "server-only";
import { ppmToPercent } from "@/lib/governance";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { getAssembly } from "./get-assembly";
import { loadAssemblyState } from "./load-assembly-state";
import { lockScheduledAssembly } from "./lock-scheduled-assembly";
import { recordFeatureUsed } from "@/server/events/record-event";
import type { AssemblyDetail } from "./to-assembly-detail";
import { writeMinutes } from "./write-minutes";

/**
 * Closes a scheduled assembly: snapshots the quorum present now (`quorum_percent`), sets `closed_at`
 * and status closed, and writes its minutes from the real attendance and votes (`writeMinutes`),
 * numbered after the organization's earlier minutes. Attendance and votes in flight finish first and
 * later ones are refused (`lockScheduledAssembly`); closings of one organization are serialized so
 * two minutes never get the same number. Records a "feature_used" event (close_assembly).
 * @param options.organization the session's organization: its name heads the minutes, its scenario
 *   gives the city and administrator.
 * @returns the closed assembly (`AssemblyDetail`).
 * @throws AppError("assembly_not_found") → 404 for an unknown or foreign assembly;
 *   AppError("assembly_closed") → 409 when it is already closed.
 */
export async function closeAssembly(
  tenant: TenantContext,
  {
    assemblyId,
    organization,
    actor,
    now = new Date(),
  }: { assemblyId: string; organization: { name: string; scenario: string | null }; actor: string; now?: Date },
): Promise<AssemblyDetail> {
  const { db, organizationId } = tenant;
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`assembly-minutes:${organizationId}`}, 0))`;
  await lockScheduledAssembly(tenant, { assemblyId, mode: "update" });
  const state = await loadAssemblyState(tenant, assemblyId);
  if (!state) throw new AppError("assembly_not_found");

  const actNumber = (await db.assembly.count({ where: { organizationId, status: "closed" } })) + 1;
  const minutes = writeMinutes(state, {
    organizationName: organization.name,
    scenarioName: organization.scenario,
    actNumber,
    closedAt: now,
  });
  await db.assembly.updateMany({
    where: { id: assemblyId, organizationId, status: "scheduled" },
    data: { status: "closed", closedAt: now, quorumPercent: ppmToPercent(state.quorum.percentPresent), minutes },
  });
  await recordFeatureUsed(tenant, { actor, feature: "close_assembly", details: { assemblyId } });
  return getAssembly(tenant, { assemblyId });
}
