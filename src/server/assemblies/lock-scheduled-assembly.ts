import "server-only";
import { Prisma } from "@/server/db/generated/client";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";

/**
 * Locks one of the organization's assemblies for the rest of the transaction and checks that it is
 * still scheduled. Writes to a live assembly (attendance, votes) take a SHARE lock, so they run side
 * by side; closing takes an UPDATE lock, so it waits for them and they, once it commits, see it closed.
 * Without the lock a vote could land in an assembly whose minutes were just written.
 * @param options.mode "share" for attendance and votes, "update" for closing.
 * @throws AppError("assembly_not_found") → 404 for an unknown id or another organization's (same
 *   answer); AppError("assembly_closed") → 409 when the assembly is closed.
 */
export async function lockScheduledAssembly(
  { db, organizationId }: TenantContext,
  { assemblyId, mode }: { assemblyId: string; mode: "share" | "update" },
): Promise<void> {
  const lock = Prisma.raw(mode === "update" ? "FOR UPDATE" : "FOR SHARE");
  const [assembly] = await db.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM assemblies
    WHERE id = ${assemblyId}::uuid AND organization_id = ${organizationId}::uuid
    ${lock}`;
  if (!assembly) throw new AppError("assembly_not_found");
  if (assembly.status !== "scheduled") throw new AppError("assembly_closed");
}
