import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";

/**
 * Registers a unit as present at an assembly unless it already is (one row per unit and assembly).
 * The attendee defaults to the unit's owner (the earliest registered), else the unit's name. An
 * existing registration is left as it is, whatever `attendeeName` or `isProxy` say now.
 * Concurrent calls for the same unit insert one row: the insert skips the unique conflict.
 * The caller must hold the assembly (see `lockScheduledAssembly`).
 * @returns the attendance row's id and whether it was created now.
 * @throws AppError("unit_not_found") → 404 when the unit is unknown or another organization's.
 */
export async function ensureAttendance(
  { db, organizationId }: TenantContext,
  {
    assemblyId,
    unitId,
    attendeeName,
    isProxy = false,
    now,
  }: { assemblyId: string; unitId: string; attendeeName?: string; isProxy?: boolean; now: Date },
): Promise<{ attendanceId: string; created: boolean }> {
  const unit = await db.unit.findFirst({
    where: { id: unitId, organizationId },
    select: {
      tower: true,
      number: true,
      residents: {
        where: { organizationId, type: "owner" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { fullName: true },
      },
    },
  });
  if (!unit) throw new AppError("unit_not_found");

  const [inserted] = await db.attendance.createManyAndReturn({
    data: [
      {
        organizationId,
        assemblyId,
        unitId,
        attendeeName: attendeeName ?? unit.residents[0]?.fullName ?? `${unit.tower} ${unit.number}`,
        isProxy,
        registeredAt: now,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (inserted) return { attendanceId: inserted.id, created: true };
  const existing = await db.attendance.findFirstOrThrow({ where: { organizationId, assemblyId, unitId }, select: { id: true } });
  return { attendanceId: existing.id, created: false };
}
