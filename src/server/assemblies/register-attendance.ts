import "server-only";
import type { Locale } from "@/lib/i18n";
import type { AttendanceCreateInput } from "@/lib/schemas/assemblies";
import type { TenantContext } from "@/server/db/tenant";
import { ensureAttendance } from "./ensure-attendance";
import { getAssembly } from "./get-assembly";
import { lockScheduledAssembly } from "./lock-scheduled-assembly";
import { recordFeatureUsed } from "./record-feature-used";
import type { AttendanceView, QuorumView } from "./to-assembly-detail";

/**
 * Registers a unit as present (in person or by proxy) at a scheduled assembly of the organization.
 * Idempotent: a unit already present keeps its registration and the answer says `created: false`.
 * A new registration records a "feature_used" event (register_attendance).
 * @returns the registration and the assembly's quorum recomputed with it.
 * @throws AppError("not_found") → 404 for an unknown or foreign assembly or unit;
 *   AppError("conflict") → 409 when the assembly is closed.
 */
export async function registerAttendance(
  tenant: TenantContext,
  {
    assemblyId,
    input,
    actor,
    locale,
    now = new Date(),
  }: { assemblyId: string; input: AttendanceCreateInput; actor: string; locale: Locale; now?: Date },
): Promise<{ created: boolean; attendance: AttendanceView; quorum: QuorumView }> {
  await lockScheduledAssembly(tenant, { assemblyId, mode: "share", locale });
  const { attendanceId, created } = await ensureAttendance(tenant, { assemblyId, ...input, locale, now });
  if (created) await recordFeatureUsed(tenant, { actor, feature: "register_attendance", details: { assemblyId, unitId: input.unitId } });
  const assembly = await getAssembly(tenant, { assemblyId, locale });
  return { created, attendance: assembly.attendance.find((present) => present.id === attendanceId)!, quorum: assembly.quorum };
}
