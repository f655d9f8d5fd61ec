import "server-only";
import type { AttendanceCreateInput } from "@/lib/schemas/assemblies";
import type { TenantContext } from "@/server/db/tenant";
import { recordFeatureUsed } from "@/server/events/record-event";
import { ensureAttendance } from "./ensure-attendance";
import { getAssembly } from "./get-assembly";
import { lockAssembly } from "./lock-assembly";
import { signatoriesOf } from "./signatories";
import type { AttendanceView, QuorumView } from "./to-assembly-detail";

/** Who registers: the administrator (session) or the owner through their voter link. */
export type RegistrationSource = "admin" | "link";

/** The names a proxy may not be given to: the building's administrator (docs/decisions/0045-proxy-limits.md). */
async function administratorNames({ db, organizationId }: TenantContext): Promise<string[]> {
  // organizations is a platform table without row-level security: only ever the session's id here.
  const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { scenario: true } });
  return [signatoriesOf(organization?.scenario ?? null).administrator.name];
}

/**
 * Registers one unit as present at a scheduled or in-progress assembly, in person or represented by a
 * proxy (`input.proxy`: another unit's owner or a named third party). Owners may register ahead of the
 * session (poderes are usually delivered before it). Idempotent: a unit already present keeps its
 * registration (`created: false`) unless a proxy is given, which updates it — never a second row. Rules and limits: `ensureAttendance`.
 * A new registration records a "feature_used" event (register_attendance).
 * @returns the registration and the assembly's quorum recomputed with it.
 * @throws 404 `assembly_not_found` or `unit_not_found`; 409 `assembly_closed`, `proxy_self`,
 *   `proxy_chain`, `proxy_administrator`.
 */
export async function registerAttendance(
  tenant: TenantContext,
  {
    assemblyId,
    input,
    actor,
    source = "admin",
    now = new Date(),
  }: { assemblyId: string; input: AttendanceCreateInput; actor: string; source?: RegistrationSource; now?: Date },
): Promise<{ created: boolean; attendance: AttendanceView; quorum: QuorumView }> {
  await lockAssembly(tenant, { assemblyId, mode: "share", allowed: ["scheduled", "in_progress"] });
  const { attendanceId, created } = await ensureAttendance(tenant, {
    assemblyId,
    ...input,
    source,
    administratorNames: input.proxy ? await administratorNames(tenant) : [],
    now,
  });
  if (created) await recordFeatureUsed(tenant, { actor, feature: "register_attendance", details: { assemblyId, unitId: input.unitId } });
  const assembly = await getAssembly(tenant, { assemblyId });
  return { created, attendance: assembly.attendance.find((present) => present.id === attendanceId)!, quorum: assembly.quorum };
}

/**
 * Registers many units at once (the administrator's bulk registration), each as `registerAttendance`
 * would, in one transaction: one refused registration refuses them all.
 * @returns how many registrations were created and how many already existed (kept or updated), and the quorum after them.
 * @throws as `registerAttendance`.
 */
export async function registerAttendanceBulk(
  tenant: TenantContext,
  { assemblyId, inputs, actor, now = new Date() }: { assemblyId: string; inputs: AttendanceCreateInput[]; actor: string; now?: Date },
): Promise<{ created: number; existing: number; quorum: QuorumView }> {
  await lockAssembly(tenant, { assemblyId, mode: "share", allowed: ["scheduled", "in_progress"] });
  const names = inputs.some((input) => input.proxy) ? await administratorNames(tenant) : [];
  let created = 0;
  // Units in person first, so a proxy given to a unit present in the same batch finds it registered.
  const ordered = [...inputs].sort((a, b) => Number(Boolean(a.proxy)) - Number(Boolean(b.proxy)));
  for (const input of ordered) {
    const result = await ensureAttendance(tenant, { assemblyId, ...input, source: "admin", administratorNames: names, now });
    if (result.created) created += 1;
  }
  if (created > 0)
    await recordFeatureUsed(tenant, { actor, feature: "register_attendance", details: { assemblyId, bulk: String(created) } });
  const assembly = await getAssembly(tenant, { assemblyId });
  return { created, existing: inputs.length - created, quorum: assembly.quorum };
}
