import { base, es, Faker } from "@faker-js/faker";
import { buildAssemblies } from "./build-assemblies";
import { buildResidents, buildUnits, personFrom } from "./build-units";
import { DAY } from "./calendar";
import type { ScenarioTemplate } from "./template";
import type { Scenario } from "./types";

const CITIES = ["Bogotá D.C.", "Medellín", "Cali", "Barranquilla", "Bucaramanga", "Pereira"];

/**
 * Builds a scenario's deterministic content (see `ScenarioTemplate`). Each part draws from its own
 * Faker instance — never the global one — seeded from `scenario.fakerSeed`, so the same scenario
 * always yields the same names, numbers and votes, and a change to the assemblies does not reshuffle
 * the residents.
 * The texts follow `scenario.locale` (Spanish, or English from content-en.ts); names, numbers and
 * votes are the same in both, since the Faker streams do not depend on the language.
 * @throws Error when the scenario has a history outside 1–12 months, fewer floors than it needs, or an
 *   English text is missing.
 */
export function buildTemplate(scenario: Scenario): ScenarioTemplate {
  if (scenario.historyMonths < 1 || scenario.historyMonths > 12) throw new Error(`scenario "${scenario.name}": historyMonths must be 1–12`);
  if (scenario.towers < 1 || scenario.floors < 1 || scenario.unitsPerTower < scenario.floors) {
    throw new Error(`scenario "${scenario.name}": needs at least one tower and one unit per floor`);
  }

  const fakerFor = (stream: number) => {
    // Names come from the curated Colombian lists, not from the locale; `es` only backs the rest.
    const faker = new Faker({ locale: [es, base] });
    faker.seed(scenario.fakerSeed + stream);
    return faker;
  };
  // Minus one day: the earliest date stays inside the last 12 months whatever the hour of provisioning.
  const historyDays = Math.floor((scenario.historyMonths * 365) / 12) - 1;
  const historyStart = -historyDays * DAY;

  const place = fakerFor(0);
  const city = place.helpers.arrayElement(CITIES);
  const address = `${place.helpers.arrayElement(["Calle", "Carrera"])} ${place.number.int({ min: 7, max: 140 })} # ${place.number.int({ min: 7, max: 90 })}-${place.number.int({ min: 10, max: 95 })}`;
  const administrator = personFrom(place);

  const units = buildUnits(fakerFor(1), { scenario, historyStart });
  const residents = buildResidents(fakerFor(2), { units, historyStart, multiTower: scenario.towers > 1 });
  const assemblies = buildAssemblies(fakerFor(3), {
    units,
    owners: residents.filter((r) => r.type === "owner").sort((a, b) => a.unitIndex - b.unitIndex),
    tenants: units.map((_, i) => residents.find((r) => r.unitIndex === i && r.type === "tenant")),
    historyDays,
    location:
      scenario.locale === "en"
        ? { inPerson: `Community hall, ${address}, ${city}`, hybrid: `Community hall, ${address}, ${city}, and by video call` }
        : { inPerson: `Salón comunal, ${address}, ${city}`, hybrid: `Salón comunal, ${address}, ${city}, y por videoconferencia` },
    locale: scenario.locale,
  });
  return { scenario, city, administrator, units, residents, assemblies };
}
