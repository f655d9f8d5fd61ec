/**
 * Proxies (poderes) at a PH assembly. Ley 675 de 2001 art. 37 lets owners take part "o sus
 * representantes o delegados", and art. 45 counts owners "presentes o representados"; the law sets no
 * cap on how many proxies one person may hold and does not say who may not hold them. The limits
 * below are this project's decisions (docs/decisions/0045-proxy-limits.md), the one on the
 * administrator taken by analogy with Código de Comercio art. 185.
 */

/** Who holds a unit's proxy: the owner of another unit present, or a person named on the poder. */
export type ProxyHolder = { kind: "unit"; unitId: string } | { kind: "third_party"; name: string };

/** Why a proxy is refused (each is an error code of the API, see `checkProxy`). */
export type ProxyProblem = "proxy_self" | "proxy_chain" | "proxy_administrator";

/** Folds case, accents and spacing so "José  Pérez" and "jose perez" compare equal. */
export function normalizePersonName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Checks one proxy against the limits the project applies:
 * - `proxy_self`: a unit cannot hold its own proxy;
 * - `proxy_chain`: the holder unit must not itself be represented by someone else (a proxy is not
 *   passed on; Código de Comercio art. 185 forbids substituting proxies, applied by analogy);
 * - `proxy_administrator`: the building's administrator may not hold owners' proxies while in office
 *   (Código de Comercio art. 185, applied by analogy; Ley 675 de 2001 is silent).
 * No cap on proxies per holder: Ley 675 de 2001 sets none.
 * @param options.holderIsRepresented whether the holder unit is registered as represented by proxy.
 * @param options.administratorNames names of the administrator(s), compared without case or accents.
 * @returns the problem, or null when the proxy is acceptable.
 */
export function checkProxy(
  representedUnitId: string,
  holder: ProxyHolder,
  { holderIsRepresented = false, administratorNames = [] }: { holderIsRepresented?: boolean; administratorNames?: readonly string[] } = {},
): ProxyProblem | null {
  if (holder.kind === "unit") {
    if (holder.unitId === representedUnitId) return "proxy_self";
    if (holderIsRepresented) return "proxy_chain";
    return null;
  }
  const name = normalizePersonName(holder.name);
  if (administratorNames.some((admin) => normalizePersonName(admin) === name)) return "proxy_administrator";
  return null;
}

/**
 * The units whose vote a unit's owner casts: their own, plus every unit they hold a proxy for — the
 * represented coefficient adds to the holder's (Ley 675 de 2001 arts. 37 and 45).
 * @param registrations the assembly's attendance: each unit with the holder unit of its proxy, if any.
 * @returns unit ids, the voter's first.
 */
export function unitsVotedBy(
  voterUnitId: string,
  registrations: readonly { unitId: string; proxyHolderUnitId: string | null }[],
): string[] {
  return [
    voterUnitId,
    ...registrations.filter((r) => r.proxyHolderUnitId === voterUnitId && r.unitId !== voterUnitId).map((r) => r.unitId),
  ];
}
