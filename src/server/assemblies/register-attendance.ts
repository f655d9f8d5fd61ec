import "server-only";
import type { AttendanceCreateInput } from "@/lib/schemas/assemblies";
import type { TenantContext } from "@/server/db/tenant";
import { ensureAttendance } from "./ensure-attendance";
import { getAssembly } from "./get-assembly";
import { lockScheduledAssembly } from "./lock-scheduled-assembly";
import { recordFeatureUsed } from "@/server/events/record-event";
import type { AttendanceView, QuorumView } from "./to-assembly-detail";

/**
 * Registers a unit as present (in person or by proxy) at a scheduled assembly of the organization.
 * Idempotent: a unit already present keeps its registration and the answer says `created: false`.
 * A new registration records a "feature_used" event (register_attendance).
 * @returns the registration and the assembly's quorum recomputed with it.
 * @throws 404 `assembly_not_found` or `unit_not_found` (unknown or foreign); 409 `assembly_closed`.
 */
export async function registerAttendance(
  tenant: TenantContext,
  { assemblyId, input, actor, now = new Date() }: { assemblyId: string; input: AttendanceCreateInput; actor: string; now?: Date },
): Promise<{ created: boolean; attendance: AttendanceView; quorum: QuorumView }> {
  await lockScheduledAssembly(tenant, { assemblyId, mode: "share" });
  const { attendanceId, created } = await ensureAttendance(tenant, { assemblyId, ...input, now });
  if (created) await recordFeatureUsed(tenant, { actor, feature: "register_attendance", details: { assemblyId, unitId: input.unitId } });
  const assembly = await getAssembly(tenant, { assemblyId });
  return { created, attendance: assembly.attendance.find((present) => present.id === attendanceId)!, quorum: assembly.quorum };
}
