import { type ScenarioName, scenarioNames } from "@/lib/scenario-names";
import { AppError } from "@/server/http/app-error";
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

/**
 * The scenario a stored demo names, in the demo's language (`localizeScenario`) — for actions that
 * re-seed an existing demo, whose stored name may predate the current list.
 * @throws AppError 409 `unknown_scenario` when no scenario has that name.
 */
export function resolveScenario(name: string, locale: string | null | undefined): Scenario {
  if (!Object.hasOwn(scenarios, name)) throw new AppError("unknown_scenario");
  return localizeScenario(scenarios[name as ScenarioName], locale);
}

const localized = new Map<string, Scenario>();

/**
 * `scenario` with its content in `locale` (docs/rules.md#scenarios-and-seed-content): the same building,
 * people and votes, with titles, minutes, towers and highlights in that language. The scenario itself
 * when it is already in that language; otherwise one derived object per (scenario, language), kept, so
 * template caches keyed by the object stay warm. Any language other than "en" reads as Spanish.
 */
export function localizeScenario(scenario: Scenario, locale: string | null | undefined): Scenario {
  const language = locale === "en" ? "en" : "es";
  if (scenario.locale === language) return scenario;
  const key = `${scenario.name}@${scenario.version}/${language}`;
  let found = localized.get(key);
  if (!found) {
    found = {
      ...scenario,
      locale: language,
      highlights: language === "en" ? (ENGLISH_HIGHLIGHTS[scenario.name] ?? []) : scenario.highlights,
    };
    localized.set(key, found);
  }
  return found;
}

const ENGLISH_HIGHLIGHTS: Record<string, string[]> = {
  "urban-tower": [
    "50 units whose ownership coefficients add up to exactly 100%",
    "Past meetings with quorum, weighted votes and minutes",
    "An upcoming meeting ready to be called",
    "Dues: units up to date and in arrears",
  ],
  "small-building": [
    "12 apartments: each vote weighs by its coefficient",
    "Past meetings with quorum, votes and minutes",
    "An upcoming meeting ready to be called",
  ],
  "residential-complex": [
    "3 towers and 300 apartments whose coefficients add up to exactly 100%",
    "Attendance and votes at scale, weighted by coefficient",
    "Past meetings with minutes and an upcoming one ready to be called",
  ],
};
