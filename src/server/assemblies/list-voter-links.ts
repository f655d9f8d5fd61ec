import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { signVoterToken } from "./voter-token";

/** One unit's voter link (`GET /api/assemblies/{id}/voter-links`). */
export type VoterLinkView = { unitId: string; unitNumber: string; tower: string; url: string };

/** Path of the public voter page for a token. */
export function voterPath(token: string): string {
  return `/vote/${token}`;
}

/**
 * Every unit's signed voter link for one of the organization's assemblies, in tower and number order.
 * @param options.baseUrl the app's public origin, e.g. "https://app.example.com".
 * @throws 404 `assembly_not_found` for an unknown or foreign assembly; 409 `assembly_closed` (its links are dead).
 */
export async function listVoterLinks(
  { db, organizationId }: TenantContext,
  { assemblyId, baseUrl }: { assemblyId: string; baseUrl: string },
): Promise<{ links: VoterLinkView[] }> {
  const assembly = await db.assembly.findFirst({ where: { id: assemblyId, organizationId }, select: { status: true } });
  if (!assembly) throw new AppError("assembly_not_found");
  if (assembly.status === "closed") throw new AppError("assembly_closed");
  const units = await db.unit.findMany({
    where: { organizationId },
    orderBy: [{ tower: "asc" }, { floor: "asc" }, { number: "asc" }],
    select: { id: true, tower: true, number: true },
  });
  const origin = baseUrl.replace(/\/+$/, "");
  return {
    links: units.map((unit) => ({
      unitId: unit.id,
      unitNumber: unit.number,
      tower: unit.tower,
      url: `${origin}${voterPath(signVoterToken({ organizationId, assemblyId, unitId: unit.id }))}`,
    })),
  };
}
