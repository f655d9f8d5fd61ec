import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { recordEvent } from "@/server/events/record-event";
import { lockAssembly } from "./lock-assembly";

/**
 * Starts a scheduled assembly: status `in_progress`, `started_at` = now. Starting before the scheduled
 * time reschedules it to now, so its minutes never say it met later than it did (Ley 675 de 2001
 * art. 47: the minutes record the real session). Optional president and secretary are stored for the
 * minutes (they may also be set when closing). Starting an assembly already in progress changes
 * nothing and answers the same (idempotent, so a double click or a retry is harmless).
 * Records an `assembly_started` demo event the first time.
 * @returns `{ status: "in_progress", startedAt }` (ISO 8601, UTC).
 * @throws 404 `assembly_not_found`; 409 `assembly_closed`.
 */
export async function startAssembly(
  tenant: TenantContext,
  {
    assemblyId,
    actor,
    presidentName,
    secretaryName,
    now = new Date(),
  }: { assemblyId: string; actor: string; presidentName?: string; secretaryName?: string; now?: Date },
): Promise<{ status: "in_progress"; startedAt: string }> {
  const { db, organizationId } = tenant;
  const locked = await lockAssembly(tenant, { assemblyId, mode: "update", allowed: ["scheduled", "in_progress"] });
  if (locked.status === "in_progress") return { status: "in_progress", startedAt: locked.startedAt!.toISOString() };

  await db.assembly.updateMany({
    where: { id: assemblyId, organizationId, status: "scheduled" },
    data: {
      status: "in_progress",
      startedAt: now,
      ...(locked.scheduledAt > now ? { scheduledAt: now } : {}),
      ...(presidentName ? { presidentName } : {}),
      ...(secretaryName ? { secretaryName } : {}),
    },
  });
  await recordEvent(db, { organizationId, type: "assembly_started", actor, data: { assemblyId } });
  return { status: "in_progress", startedAt: now.toISOString() };
}
