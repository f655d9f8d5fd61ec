import { type ScenarioName, scenarioNames } from "@/lib/scenario-names";
import { residentialComplex } from "./residential-complex";
import { smallBuilding } from "./small-building";
import type { Scenario } from "./types";
import { urbanTower } from "./urban-tower";

/** Every scenario a demo can be provisioned with, by name. */
export const scenarios = {
  "urban-tower": urbanTower,
  "small-building": smallBuilding,
  "residential-complex": residentialComplex,
} as const satisfies Record<ScenarioName, Scenario>;

export { type ScenarioName, scenarioNames };

/**
 * Looks a scenario up by name.
 * @throws Error when no scenario has that name — callers validate the name first (zod), so this is a
 *   programming error, not bad input.
 */
export function getScenario(name: string): Scenario {
  if (!Object.hasOwn(scenarios, name)) throw new Error(`unknown scenario "${name}"`);
  return scenarios[name as ScenarioName];
}
