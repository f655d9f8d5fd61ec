import "server-only";
import { ppmToPercent } from "@/lib/governance";
import { resolveLocale } from "@/lib/i18n";
import type { TenantContext } from "@/server/db/tenant";
import { recordFeatureUsed } from "@/server/events/record-event";
import { getAssembly } from "./get-assembly";
import { loadAssemblyState } from "./load-assembly-state";
import { lockAssembly } from "./lock-assembly";
import { signatoriesOf } from "./signatories";
import type { AssemblyDetail } from "./to-assembly-detail";
import { writeMinutes } from "./write-minutes";
import { AppError } from "@/server/http/app-error";

/**
 * Closes an assembly in progress: closes every item's voting, snapshots the quorum present now
 * (`quorum_percent`), sets `closed_at` and status closed, and writes its minutes (Ley 675 de 2001
 * art. 47, `writeMinutes`) in the organization's language, numbered after the organization's earlier
 * minutes. President and secretary: the ones given now, else those recorded at the start; the
 * secretary defaults to the building's administrator. Attendance and votes in flight finish first and
 * later ones are refused (`lockAssembly`); closings of one organization are serialized so two minutes
 * never get the same number. Records a "feature_used" event (close_assembly).
 * @param options.organization the session's organization: its name heads the minutes, its scenario
 *   gives the administrator, its locale the language.
 * @returns the closed assembly (`AssemblyDetail`).
 * @throws 404 `assembly_not_found`; 409 `assembly_not_started` (still scheduled: start it first) or
 *   `assembly_closed` (already closed).
 */
export async function closeAssembly(
  tenant: TenantContext,
  {
    assemblyId,
    organization,
    actor,
    presidentName,
    secretaryName,
    now = new Date(),
  }: {
    assemblyId: string;
    organization: { name: string; scenario: string | null; locale: string };
    actor: string;
    presidentName?: string;
    secretaryName?: string;
    now?: Date;
  },
): Promise<AssemblyDetail> {
  const { db, organizationId } = tenant;
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`assembly-minutes:${organizationId}`}, 0))`;
  await lockAssembly(tenant, { assemblyId, mode: "update", allowed: ["in_progress"] });
  const state = await loadAssemblyState(tenant, assemblyId);
  if (!state) throw new AppError("assembly_not_found");

  const signatories = {
    presidentName: presidentName ?? state.presidentName,
    secretaryName: secretaryName ?? state.secretaryName ?? signatoriesOf(organization.scenario).administrator.name,
  };
  const actNumber = (await db.assembly.count({ where: { organizationId, status: "closed" } })) + 1;
  const minutes = writeMinutes(state, {
    organizationName: organization.name,
    locale: resolveLocale(organization.locale),
    actNumber,
    closedAt: now,
    signatories,
  });
  await db.agendaItem.updateMany({ where: { organizationId, assemblyId, requiresVote: true }, data: { votingStatus: "closed" } });
  await db.assembly.updateMany({
    where: { id: assemblyId, organizationId, status: "in_progress" },
    data: { status: "closed", closedAt: now, quorumPercent: ppmToPercent(state.quorum.percentPresent), minutes, ...signatories },
  });
  await recordFeatureUsed(tenant, { actor, feature: "close_assembly", details: { assemblyId } });
  return getAssembly(tenant, { assemblyId });
}
