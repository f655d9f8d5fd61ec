import "server-only";
import { Prisma } from "@/server/db/generated/client";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";

export type AssemblyStatus = "scheduled" | "in_progress" | "closed";

/** What the lock reads of the assembly. */
export type LockedAssembly = { status: AssemblyStatus; call: "first" | "second"; startedAt: Date | null; scheduledAt: Date };

/**
 * Locks one of the organization's assemblies for the rest of the transaction and checks its status.
 * Writes to a live assembly (attendance, votes, item voting) take a SHARE lock, so they run side by
 * side; starting and closing take an UPDATE lock, so they wait for those writes and the writes, once
 * they commit, see the new status. Without the lock a vote could land in an assembly whose minutes
 * were just written.
 * @param options.mode "share" for attendance and votes, "update" for starting and closing.
 * @param options.allowed statuses the caller accepts; a closed assembly always answers 409.
 * @throws AppError("assembly_not_found") → 404 for an unknown id or another organization's (same
 *   answer); AppError("assembly_closed") → 409 when it is closed; AppError("assembly_not_started") →
 *   409 when it is scheduled and the caller needs it in progress.
 */
export async function lockAssembly(
  { db, organizationId }: TenantContext,
  { assemblyId, mode, allowed }: { assemblyId: string; mode: "share" | "update"; allowed: readonly AssemblyStatus[] },
): Promise<LockedAssembly> {
  const lock = Prisma.raw(mode === "update" ? "FOR UPDATE" : "FOR SHARE");
  const [assembly] = await db.$queryRaw<
    { status: AssemblyStatus; call: "first" | "second"; started_at: Date | null; scheduled_at: Date }[]
  >`
    SELECT status::text AS status, call::text AS call, started_at, scheduled_at FROM assemblies
    WHERE id = ${assemblyId}::uuid AND organization_id = ${organizationId}::uuid
    ${lock}`;
  if (!assembly) throw new AppError("assembly_not_found");
  if (!allowed.includes(assembly.status)) {
    throw new AppError(assembly.status === "scheduled" ? "assembly_not_started" : "assembly_closed");
  }
  return { status: assembly.status, call: assembly.call, startedAt: assembly.started_at, scheduledAt: assembly.scheduled_at };
}
