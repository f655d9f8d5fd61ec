import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { loadAssemblyState } from "./load-assembly-state";
import { type AssemblyDetail, toAssemblyDetail } from "./to-assembly-detail";

/**
 * One of the organization's assemblies in full: agenda in position order with each voted item's
 * weighted tally, attendance with units and coefficients, the quorum computed now from the
 * attendance, the closing snapshot and the minutes (shape: `AssemblyDetail`).
 * @throws AppError("assembly_not_found") → 404 for an unknown id or another organization's alike.
 */
export async function getAssembly(tenant: TenantContext, { assemblyId }: { assemblyId: string }): Promise<AssemblyDetail> {
  const state = await loadAssemblyState(tenant, assemblyId);
  if (!state) throw new AppError("assembly_not_found");
  return toAssemblyDetail(state);
}
