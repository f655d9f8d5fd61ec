import "server-only";
import type { TenantContext } from "@/server/db/tenant";

/**
 * True when the organization has an assembly with this id (a UUID). A cheap existence check for pages
 * that must answer 404 before they start streaming (see assemblies/[assemblyId]/layout.tsx).
 */
export async function checkAssemblyExists({ db, organizationId }: TenantContext, assemblyId: string): Promise<boolean> {
  return (await db.assembly.count({ where: { id: assemblyId, organizationId } })) > 0;
}
