import "server-only";
import { type ScenarioName, scenarioNames, scenarios } from "@/server/scenarios/registry";

/** "P.H.", "PH", "P. H", "p.h." … as a word of its own, at the start or the end ("Los Almendros P.H."). */
const PH_MARK = /^p\.?\s?h\.?\s|\sp\.?\s?h\.?$/i;

/**
 * The demo organization's name for the building a prospect named: "Torres del Parque" →
 * "P.H. Torres del Parque" (propiedad horizontal, Ley 675 de 2001). A name that already starts or ends
 * with "P.H." in any spelling ("PH Altos", "p.h. Altos", "Altos P.H.") is kept as typed, never doubled.
 * Rules: docs/decisions/0025-building-personalization.md.
 * @param buildingName trimmed plain text, 1–80 characters (`buildingNameSchema`).
 */
export function demoOrganizationName(buildingName: string): string {
  return PH_MARK.test(buildingName) ? buildingName : `P.H. ${buildingName}`;
}

/**
 * The scenario whose building is closest in size to `unitCount` units (absolute difference in units;
 * a tie goes to the smaller scenario): small-building (12 units) up to 31, urban-tower (50) up to 175,
 * residential-complex (300) above. Only the size is chosen: the content stays the scenario's own.
 * @param unitCount whole number of units, 4–600 (`unitCountSchema`).
 */
export function scenarioClosestInSize(unitCount: number): ScenarioName {
  const sizeOf = (name: ScenarioName) => scenarios[name].towers * scenarios[name].unitsPerTower;
  return [...scenarioNames]
    .sort((a, b) => sizeOf(a) - sizeOf(b))
    .reduce((best, name) => (Math.abs(sizeOf(name) - unitCount) < Math.abs(sizeOf(best) - unitCount) ? name : best));
}
