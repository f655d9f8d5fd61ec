import { base, Faker } from "@faker-js/faker";
import { type MajorityRule, type Ppm, TOTAL_PPM, type VoteChoice } from "@/lib/governance";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAMES } from "@/lib/people/colombian-names";

/** A unit as the simulation sees it: its coefficient (ppm) and who may come for it. */
export type SimulationUnit = { id: string; coefficient: Ppm; ownerName: string };
/** An agenda item: only items that require a vote are voted. */
export type SimulationItem = { id: string; position: number; requiresVote: boolean; majority: MajorityRule };

/** Who holds a registered unit's proxy (poder): another present unit's owner, or a named third party. */
export type SimulationProxy = { holderUnitId: string | null; holderName: string };

/** One step of a simulated assembly day, `atMs` milliseconds after the simulation started. */
export type SimulationEvent =
  | { atMs: number; kind: "register"; unitId: string; attendeeName: string; proxy: SimulationProxy | null }
  | { atMs: number; kind: "open_item"; itemId: string }
  | { atMs: number; kind: "vote"; itemId: string; unitId: string; choice: VoteChoice }
  | { atMs: number; kind: "close_item"; itemId: string };

/** Shares of the duration: registrations arrive in the first 40 %, items are voted between 42 % and 96 %. */
const REGISTRATION_SHARE = 0.4;
const VOTING_START = 0.42;
const VOTING_END = 0.96;
/**
 * Coefficients present at the end: between 64 % and 80 % of the building (quorum needs > 50 %, Ley 675
 * art. 45); 82–90 % when a qualified item must pass (it needs 70 % of the whole building, art. 46).
 */
const ATTENDANCE = { min: 0.64, max: 0.8 };
const HIGH_ATTENDANCE = { min: 0.82, max: 0.9 };
/** Share of registrations made by proxy, and of those, how many are held by another present owner. */
const PROXY_SHARE = 0.18;
const PROXY_BY_OWNER_SHARE = 0.6;
/** Share of present units that do not vote an item (stepped out, connection lost). */
const NOT_VOTING_SHARE = 0.06;

/**
 * Plans a simulated assembly day (docs/simulation.md): a pure, deterministic function of its inputs —
 * the same `seed`, units and agenda give the same events, whatever the order the units come in.
 * - **Registrations** over the first 40 % of `durationMs`: units in a seeded order until 64–80 % of the
 *   building's coefficients are present, so quorum (> 50 %, Ley 675 de 2001 art. 45) is passed part-way
 *   through; about 18 % come by proxy (poder), held by an owner already registered (never one who is
 *   represented, nor a chain) or by a named third party.
 * - **Votes**, item by item between 42 % and 96 % of the duration: each item requiring a vote is opened,
 *   voted by most present units (about 6 % do not vote; a unit whose proxy another owner holds votes
 *   with that owner, as the law counts it) with a plausible split, and closed. The
 *   first qualified-majority item (art. 46: 70 % of all coefficients) fails — its votes in favour stay
 *   short of 70 % of the building — any other qualified item passes (attendance is then planned at 82–90 %
 *   and every present unit votes it), simple items mostly pass, and one
 *   contested simple item (when there are three or more) is close.
 * @param seed any integer; it is the simulation's identity (stored with it).
 * @param durationMs the simulated day's length in milliseconds (> 0).
 * @returns the events, ordered by `atMs` (ties keep the plan's order: registration, open, votes, close).
 */
export function planSimulation(
  seed: number,
  units: readonly SimulationUnit[],
  agendaItems: readonly SimulationItem[],
  durationMs: number,
): SimulationEvent[] {
  if (!(durationMs > 0)) throw new RangeError(`planSimulation: durationMs must be positive, got ${durationMs}`);
  const faker = new Faker({ locale: [base] });
  faker.seed(seed);
  const building = [...units].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = building.reduce((sum, u) => sum + u.coefficient, 0) || TOTAL_PPM;
  const events: SimulationEvent[] = [];

  // Registrations: a seeded order, stopping near the attendance target.
  const voted = [...agendaItems].filter((item) => item.requiresVote).sort((a, b) => a.position - b.position);
  const qualified = voted.filter((item) => item.majority === "qualified");
  const target = faker.number.float(qualified.length > 1 ? HIGH_ATTENDANCE : ATTENDANCE) * total;
  const present: SimulationUnit[] = [];
  const inPerson: SimulationUnit[] = [];
  let coefficient = 0;
  for (const unit of faker.helpers.shuffle(building)) {
    if (coefficient >= target) break;
    if (coefficient + unit.coefficient / 2 > target && present.length > 1) continue;
    present.push(unit);
    coefficient += unit.coefficient;
  }
  const registrationWindow = durationMs * REGISTRATION_SHARE;
  present.forEach((unit, i) => {
    // Arrivals bunch up at the start, as they do at the door.
    const atMs = Math.round(registrationWindow * Math.sqrt((i + faker.number.float({ min: 0, max: 0.9 })) / present.length) ** 1.4);
    let proxy: SimulationProxy | null = null;
    if (inPerson.length > 0 && faker.number.float() < PROXY_SHARE) {
      if (faker.number.float() < PROXY_BY_OWNER_SHARE) {
        const holder = faker.helpers.arrayElement(inPerson);
        proxy = { holderUnitId: holder.id, holderName: holder.ownerName };
      } else {
        proxy = { holderUnitId: null, holderName: personName(faker) };
      }
    } else {
      inPerson.push(unit);
    }
    events.push({ atMs, kind: "register", unitId: unit.id, attendeeName: proxy ? proxy.holderName : unit.ownerName, proxy });
  });
  events.sort((a, b) => a.atMs - b.atMs);

  // Voting groups: each unit present in person with the units whose proxy its owner holds; units
  // represented by a third party vote on their own.
  const heldBy = new Map<string, SimulationUnit[]>();
  const groups: SimulationUnit[][] = [];
  for (const event of events) {
    if (event.kind !== "register") continue;
    const unit = present.find((u) => u.id === event.unitId)!;
    if (event.proxy?.holderUnitId) heldBy.get(event.proxy.holderUnitId)!.push(unit);
    else {
      const group = [unit];
      heldBy.set(unit.id, group);
      groups.push(group);
    }
  }

  // Votes, item by item.
  const failing = qualified[0]?.id;
  const contested =
    voted.filter((item) => item.majority === "simple").length >= 3 ? voted.filter((i) => i.majority === "simple").at(-1)?.id : undefined;
  const slot = (durationMs * (VOTING_END - VOTING_START)) / Math.max(1, voted.length);
  voted.forEach((item, index) => {
    const start = Math.round(durationMs * VOTING_START + index * slot);
    events.push({ atMs: start, kind: "open_item", itemId: item.id });
    const intent = intentFor(faker, item, {
      failing: item.id === failing,
      contested: item.id === contested,
      presentShare: coefficient / total,
    });
    const goal = { yes: intent.yes * coefficient, no: intent.no * coefficient };
    const sums = { yes: 0, no: 0 };
    // Everyone present votes a qualified item meant to pass: it needs every coefficient it can get.
    const everyone = item.majority === "qualified" && item.id !== failing;
    // A proxy held by another unit's owner is voted by that owner: the represented units vote with them.
    const voters = faker.helpers.shuffle(groups).filter(() => faker.number.float() >= NOT_VOTING_SHARE || everyone);
    voters.forEach((group, i) => {
      const weight = group.reduce((sum, unit) => sum + unit.coefficient, 0);
      const choice: VoteChoice = sums.yes + weight / 2 < goal.yes ? "yes" : sums.no + weight / 2 < goal.no ? "no" : "abstain";
      if (choice !== "abstain") sums[choice] += weight;
      const atMs = Math.round(start + slot * (0.1 + (0.7 * (i + faker.number.float({ min: 0, max: 0.9 }))) / Math.max(1, voters.length)));
      for (const unit of group) events.push({ atMs, kind: "vote", itemId: item.id, unitId: unit.id, choice });
    });
    events.push({ atMs: Math.round(start + slot * 0.9), kind: "close_item", itemId: item.id });
  });
  return events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => a.event.atMs - b.event.atMs || a.order - b.order)
    .map(({ event }) => event);
}

/** Intended shares of the coefficients present voting yes and no (the rest abstain). */
function intentFor(
  faker: Faker,
  item: SimulationItem,
  { failing, contested, presentShare }: { failing: boolean; contested: boolean; presentShare: number },
): { yes: number; no: number } {
  if (item.majority === "qualified") {
    // In favour, as a share of the building, must stay under 70 % to fail and reach it to pass (art. 46).
    if (failing) {
      const yes = Math.min(faker.number.float({ min: 0.55, max: 0.8 }), 0.66 / presentShare);
      return { yes, no: Math.min(1 - yes, faker.number.float({ min: 0.12, max: 0.3 })) };
    }
    const yes = Math.min(1, Math.max(faker.number.float({ min: 0.92, max: 0.98 }), 0.74 / presentShare));
    return { yes, no: Math.min(1 - yes, 0.02) };
  }
  if (contested) {
    const yes = faker.number.float({ min: 0.44, max: 0.56 });
    return { yes, no: Math.min(1 - yes, faker.number.float({ min: 0.35, max: 0.45 })) };
  }
  const yes = faker.number.float({ min: 0.62, max: 0.88 });
  return { yes, no: Math.min(1 - yes, faker.number.float({ min: 0.04, max: 0.2 })) };
}

/** A third party named on a poder: a Colombian name from the curated lists. */
function personName(faker: Faker): string {
  const given = faker.helpers.arrayElement(faker.datatype.boolean() ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
  const [paternal, maternal] = faker.helpers.arrayElements(SURNAMES, 2);
  return `${given} ${paternal} ${maternal}`;
}
