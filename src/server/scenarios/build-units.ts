import type { Faker } from "@faker-js/faker";
import { apportionByArea, ppmToPercent, TOTAL_PPM } from "@/lib/governance";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAMES } from "@/lib/people/colombian-names";
import { DAY, HOUR, type Offset } from "./calendar";
import type { Person, ResidentTemplate, UnitTemplate } from "./template";
import type { Scenario } from "./types";

/** Monthly fee per m² of private area, in Colombian pesos: a mid-range Bogotá building. */
const FEE_PER_M2_COP = 4_350;
const ARREARS_SHARE = 0.14;
const TENANT_SHARE = 0.26;
/** Penthouses on the top floor are larger than the floor plan below them. */
const TOP_FLOOR_FACTOR = 1.3;
/** Colombian mobile prefixes (Claro, Movistar, Tigo, WOM…). */
const MOBILE_PREFIXES = [
  "300",
  "301",
  "302",
  "304",
  "305",
  "310",
  "311",
  "312",
  "313",
  "314",
  "315",
  "316",
  "317",
  "318",
  "319",
  "320",
  "321",
  "322",
  "323",
  "350",
  "351",
];
/** Only reserved domains (RFC 2606 / RFC 6761): no message can reach a real person. */
const EMAIL_DOMAINS = [
  { weight: 8, value: "example.com" },
  { weight: 2, value: "correo.test" },
];
const NAME_PARTICLES = new Set(["de", "del", "la", "las", "los", "y"]);

/**
 * The building: units numbered per floor ("101" … "1005") in towers "Torre A", "Torre B"… ("Tower A" in
 * an English scenario), each floor
 * sharing one floor plan (top floor larger). Coefficients come from private area (Ley 675 de 2001
 * art. 27) with largest-remainder rounding, so they sum to exactly 100.0000 %; monthly fees follow the
 * coefficient (art. 29); a minority (~14 %) of units is in arrears.
 * @param options.historyStart offset of the first day of the scenario's history (units are loaded then).
 */
export function buildUnits(faker: Faker, { scenario, historyStart }: { scenario: Scenario; historyStart: Offset }): UnitTemplate[] {
  const perFloor = Math.ceil(scenario.unitsPerTower / scenario.floors);
  const topFloor = Math.ceil(scenario.unitsPerTower / perFloor);
  const layout: Omit<UnitTemplate, "coefficientPpm" | "coefficient" | "duesStatus" | "monthlyFee" | "createdAt">[] = [];
  const areas: number[] = [];
  for (let t = 0; t < scenario.towers; t++) {
    const tower = `${scenario.locale === "en" ? "Tower" : "Torre"} ${String.fromCharCode(65 + t)}`;
    // Areas in hundredths of m², so that apportioning stays in integers.
    const floorPlan = Array.from({ length: perFloor }, () => faker.number.int({ min: 4_800, max: 11_800 }));
    for (let i = 0; i < scenario.unitsPerTower; i++) {
      const floor = Math.floor(i / perFloor) + 1;
      const planArea = floorPlan[i % perFloor]!;
      const area = floor === topFloor ? Math.round(planArea * TOP_FLOOR_FACTOR) : planArea;
      const number = String(floor * 100 + (i % perFloor) + 1);
      areas.push(area);
      layout.push({
        tower,
        floor,
        number,
        areaM2: (area / 100).toFixed(2),
        label: `${scenario.towers > 1 ? `${tower}, ` : ""}${scenario.locale === "en" ? "apt." : "apto."} ${number}`,
      });
    }
  }

  const coefficients = apportionByArea(areas);
  const monthlyBudget = (areas.reduce((sum, area) => sum + area, 0) * FEE_PER_M2_COP) / 100;
  const inArrears = new Set(
    faker.helpers.arrayElements(
      layout.map((_, i) => i),
      Math.max(1, Math.round(layout.length * ARREARS_SHARE)),
    ),
  );
  return layout.map((unit, i) => {
    const coefficientPpm = coefficients[i]!;
    return {
      ...unit,
      coefficientPpm,
      coefficient: ppmToPercent(coefficientPpm),
      duesStatus: inArrears.has(i) ? "in_arrears" : "up_to_date",
      // Rounded to hundreds of pesos, as administrations bill.
      monthlyFee: Math.round((monthlyBudget * coefficientPpm) / TOTAL_PPM / 100) * 100,
      createdAt: historyStart + 9 * HOUR + i * 7,
    };
  });
}

/**
 * The people: one owner per unit and, for about a quarter of the units, a tenant who moved in during
 * the year. Emails are derived from the name and unit (laura.gomez.305@example.com) on reserved
 * domains only; phones are Colombian mobiles (+57 3xx xxx xxxx).
 */
export function buildResidents(
  faker: Faker,
  { units, historyStart, multiTower }: { units: UnitTemplate[]; historyStart: Offset; multiTower: boolean },
): ResidentTemplate[] {
  const rented = new Set(
    faker.helpers.arrayElements(
      units.map((_, i) => i),
      Math.round(units.length * TENANT_SHARE),
    ),
  );
  const usedEmails = new Set<string>();
  const resident = (unitIndex: number, type: ResidentTemplate["type"], createdAt: Offset): ResidentTemplate => {
    const unit = units[unitIndex]!;
    const person = namedPerson(faker);
    const unitTag = `${multiTower ? unit.tower.slice(-1).toLowerCase() : ""}${unit.number}`;
    return {
      unitIndex,
      type,
      fullName: person.name,
      female: person.female,
      email: uniqueEmail(usedEmails, [person.givenNames, person.surnames, unitTag], faker.helpers.weightedArrayElement(EMAIL_DOMAINS)),
      // Some tenants never gave the administration a phone number.
      phone: type === "tenant" && faker.number.float() < 0.1 ? null : mobilePhone(faker),
      createdAt,
    };
  };

  const historyDays = Math.floor(-historyStart / DAY);
  return units.flatMap((unit, i) => {
    const owner = resident(i, "owner", unit.createdAt + HOUR + i * 11);
    if (!rented.has(i)) return [owner];
    const movedIn = -faker.number.int({ min: 10, max: historyDays - 30 }) * DAY + faker.number.int({ min: 9 * HOUR, max: 18 * HOUR });
    return [owner, resident(i, "tenant", movedIn)];
  });
}

/** A Colombian full name from the curated lists (src/lib/people/colombian-names.ts): given name(s) and two surnames. */
export function personFrom(faker: Faker): Person {
  const { name, female } = namedPerson(faker);
  return { name, female };
}

function namedPerson(faker: Faker): Person & { givenNames: string; surnames: string } {
  const female = faker.datatype.boolean();
  const givenNames = faker.helpers.arrayElement(female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
  // Colombians carry the father's and the mother's first surnames ("Gómez Restrepo"), rarely the same one twice.
  const [paternal, maternal] = faker.helpers.arrayElements(SURNAMES, 2);
  const surnames = `${paternal} ${maternal}`;
  return { name: `${givenNames} ${surnames}`, female, givenNames, surnames };
}

/** "laura.gomez.305@example.com": first given name, first surname, unit; a counter on the rare clash. */
function uniqueEmail(used: Set<string>, [givenNames, surnames, unitTag]: [string, string, string], domain: string): string {
  const stem = [firstWord(givenNames), firstWord(surnames), unitTag].filter(Boolean).join(".");
  let email = `${stem}@${domain}`;
  for (let n = 2; used.has(email); n++) email = `${stem}.${n}@${domain}`;
  used.add(email);
  return email;
}

/** The first word of a name as an email local part: "José María" → "jose", "de la Cruz" → "cruz". */
function firstWord(text: string): string {
  const words = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^a-z]/g, ""))
    .filter((word) => word && !NAME_PARTICLES.has(word));
  return words[0] ?? "";
}

function mobilePhone(faker: Faker): string {
  const prefix = faker.helpers.arrayElement(MOBILE_PREFIXES);
  return `+57 ${prefix} ${faker.string.numeric({ length: 3, allowLeadingZeros: false })} ${faker.string.numeric(4)}`;
}
