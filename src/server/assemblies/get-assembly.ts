import "server-only";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { loadAssemblyState } from "./load-assembly-state";
import { type AssemblyDetail, toAssemblyDetail } from "./to-assembly-detail";

/**
 * One of the organization's assemblies in full: agenda in position order with each voted item's
 * weighted tally, attendance with units and coefficients, the quorum computed now from the
 * attendance, the closing snapshot and the minutes (shape: `AssemblyDetail`).
 * @throws AppError("not_found") → 404 for an unknown id or another organization's, with the same message.
 */
export async function getAssembly(
  tenant: TenantContext,
  { assemblyId, locale }: { assemblyId: string; locale: Locale },
): Promise<AssemblyDetail> {
  const state = await loadAssemblyState(tenant, assemblyId);
  if (!state) throw new AppError("not_found", getTranslator(locale, "assemblies")("notFound"));
  return toAssemblyDetail(state);
}
