import "server-only";
import { checkProxy, type ProxyHolder } from "@/lib/governance";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { firstOwnerOf } from "@/server/units/unit-fields";

/** A proxy (poder): the holder is another unit's owner (`holderUnitId`) or a named third party (`holderName`). */
export type ProxyInput = { holderUnitId: string } | { holderName: string };

/**
 * Registers a unit as present at an assembly, in person or represented by proxy — one row per unit and
 * assembly (its coefficient counts once, Ley 675 de 2001 art. 45). Concurrent calls for one unit
 * insert one row.
 * - Without a `proxy`, an existing registration is left as it is (`created: false`): opening a voter
 *   link twice, or registering the unit again, does not undo a proxy.
 * - With a `proxy`, the registration is created or updated to it. A unit holder's own unit is
 *   registered present in person first when it is not; the attendee becomes the holder's name (the
 *   unit's owner for a unit holder). Limits (`checkProxy`, docs/decisions/0045-proxy-limits.md): not
 *   its own holder, no chains (the holder unit must not be represented, and a unit that holds others'
 *   proxies cannot itself be represented), not the administrator.
 * The attendee defaults to the unit's owner (the earliest registered), else the unit's name.
 * The caller must hold the assembly (see `lockAssembly`).
 * @param options.administratorNames names the proxy may not be given to.
 * @param options.source who registers: the administrator ("admin") or the owner's voter link ("link").
 * @returns the attendance row's id and whether it was created now.
 * @throws 404 `unit_not_found` (the unit or holder unit is unknown or another organization's);
 *   409 `proxy_self`, `proxy_chain`, `proxy_administrator`.
 */
export async function ensureAttendance(
  tenant: TenantContext,
  {
    assemblyId,
    unitId,
    attendeeName,
    proxy,
    source = "admin",
    administratorNames = [],
    now,
  }: {
    assemblyId: string;
    unitId: string;
    attendeeName?: string;
    proxy?: ProxyInput;
    source?: "admin" | "link";
    administratorNames?: readonly string[];
    now: Date;
  },
): Promise<{ attendanceId: string; created: boolean }> {
  const { db, organizationId } = tenant;
  const unit = await unitWithOwner(tenant, unitId);
  if (!unit) throw new AppError("unit_not_found");

  let holderUnitId: string | null = null;
  let holderName: string | null = null;
  if (proxy) {
    const holder: ProxyHolder =
      "holderUnitId" in proxy ? { kind: "unit", unitId: proxy.holderUnitId } : { kind: "third_party", name: proxy.holderName };
    let holderIsRepresented = false;
    if (holder.kind === "unit") {
      const holderUnit = await unitWithOwner(tenant, holder.unitId);
      if (!holderUnit) throw new AppError("unit_not_found");
      const holderRegistration = await db.attendance.findFirst({
        where: { organizationId, assemblyId, unitId: holder.unitId },
        select: { isProxy: true },
      });
      holderIsRepresented = holderRegistration?.isProxy ?? false;
      holderUnitId = holder.unitId;
      holderName = holderUnit.name;
    } else {
      holderName = holder.name;
    }
    const problem = checkProxy(unitId, holder, { holderIsRepresented, administratorNames });
    if (problem) throw new AppError(problem);
    const holdsOthers = await db.attendance.count({ where: { organizationId, assemblyId, proxyHolderUnitId: unitId } });
    if (holdsOthers > 0) throw new AppError("proxy_chain");
    if (holderUnitId) {
      const holderUnit = (await unitWithOwner(tenant, holderUnitId))!;
      await db.attendance.createMany({
        data: [{ organizationId, assemblyId, unitId: holderUnitId, attendeeName: holderUnit.name, registeredAt: now, source }],
        skipDuplicates: true,
      });
    }
  }

  const row = {
    organizationId,
    assemblyId,
    unitId,
    attendeeName: holderName ?? attendeeName ?? unit.name,
    isProxy: Boolean(proxy),
    proxyHolderUnitId: holderUnitId,
    proxyHolderName: holderName,
    source,
    registeredAt: now,
  };
  const [inserted] = await db.attendance.createManyAndReturn({ data: [row], skipDuplicates: true, select: { id: true } });
  if (inserted) return { attendanceId: inserted.id, created: true };
  const existing = await db.attendance.findFirstOrThrow({ where: { organizationId, assemblyId, unitId }, select: { id: true } });
  if (proxy) {
    const { attendeeName: name, isProxy, proxyHolderUnitId, proxyHolderName } = row;
    await db.attendance.updateMany({
      where: { id: existing.id, organizationId },
      data: { attendeeName: name, isProxy, proxyHolderUnitId, proxyHolderName, source },
    });
  }
  return { attendanceId: existing.id, created: false };
}

/** A unit of the organization with the name its attendance shows: its owner's (earliest), else "Tower Number". */
async function unitWithOwner({ db, organizationId }: TenantContext, unitId: string): Promise<{ name: string } | null> {
  const unit = await db.unit.findFirst({
    where: { id: unitId, organizationId },
    select: { tower: true, number: true, residents: firstOwnerOf(organizationId) },
  });
  return unit && { name: unit.residents[0]?.fullName ?? `${unit.tower} ${unit.number}` };
}
