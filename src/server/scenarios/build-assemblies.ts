import type { Faker } from "@faker-js/faker";
import { computeQuorum, type Ppm, ppmToPercent, tallyVote, TOTAL_PPM, type VoteChoice } from "@/lib/governance";
import { type AgendaPlan, assemblyPlansIn } from "./assembly-plans";
import { personFrom } from "./build-units";
import { DAY, HOUR, type Offset } from "./calendar";
import type { AgendaItemTemplate, AssemblyTemplate, AttendanceTemplate, ResidentTemplate, UnitTemplate, VoteTemplate } from "./template";

/** Share of attendees represented by proxy (poder), as is common in Colombian assemblies. */
const PROXY_SHARE = 0.15;

type Building = {
  units: UnitTemplate[];
  /** The owner of each unit, by unit index. */
  owners: ResidentTemplate[];
  /** The tenant of each unit, if it is rented, by unit index. */
  tenants: (ResidentTemplate | undefined)[];
  historyDays: number;
  location: { inPerson: string; hybrid: string };
  /** Language of the titles, descriptions and notes. */
  locale: "es" | "en";
};

/**
 * The assemblies of `assemblyPlans` (in the building's language) for one building, oldest first: closed ones with attendance,
 * quorum snapshot and weighted votes (only units present vote, only on items that require a vote,
 * and only when quorum was met), and the upcoming one with its agenda alone.
 */
export function buildAssemblies(faker: Faker, building: Building): AssemblyTemplate[] {
  let actNumber = 0;
  return assemblyPlansIn(building.locale).map((plan) => {
    const day = plan.status === "scheduled" ? plan.daysAhead : -Math.round(plan.historyFraction * building.historyDays);
    const scheduledAt = day * DAY + plan.startHour * HOUR;
    const base = {
      title: plan.title,
      type: plan.type,
      status: plan.status,
      scheduledAt,
      location: plan.mode === "hybrid" ? building.location.hybrid : building.location.inPerson,
      // Convened ahead of time (ordinary assemblies at least 15 calendar days, Ley 675 art. 39); the
      // upcoming one was convened two days before the demo starts.
      createdAt: plan.status === "scheduled" ? -2 * DAY + 10 * HOUR : scheduledAt - (plan.type === "ordinary" ? 20 : 10) * DAY - 9 * HOUR,
    };
    if (plan.status === "scheduled") {
      return {
        ...base,
        quorumPercent: null,
        closedAt: null,
        agenda: plan.agenda.map((item, i) => agendaItem(item, i, null)),
        attendance: [],
        votes: [],
        record: null,
      };
    }

    const attendance = pickAttendance(faker, { building, target: plan.attendance, scheduledAt });
    const quorum = computeQuorum(attendance.map((a) => building.units[a.unitIndex]!.coefficientPpm));
    const votes: VoteTemplate[] = [];
    const agenda = plan.agenda.map((item, agendaIndex) => {
      if (!item.majority || !quorum.met) return agendaItem(item, agendaIndex, null);
      const itemVotes = castVotes(faker, {
        units: building.units,
        attendance,
        present: quorum.presentCoefficient,
        item,
        agendaIndex,
        scheduledAt,
      });
      votes.push(...itemVotes);
      const weighted = itemVotes.map((v) => ({ choice: v.choice, coefficient: building.units[v.unitIndex]!.coefficientPpm }));
      return agendaItem(item, agendaIndex, tallyVote(weighted, item.majority, quorum.presentCoefficient));
    });
    const inPerson = attendance.filter((a) => !a.isProxy);
    // The assembly elects its chair among the owners in the room; without quorum nobody is elected.
    const chairUnit = quorum.met && inPerson.length > 0 ? faker.helpers.arrayElement(inPerson).unitIndex : undefined;
    actNumber += 1;
    return {
      ...base,
      quorumPercent: ppmToPercent(quorum.percentPresent),
      closedAt: scheduledAt + plan.durationMinutes * 60 + faker.number.int({ min: 0, max: 20 }) * 60,
      agenda,
      attendance,
      votes,
      record: {
        actNumber,
        quorum,
        attendingUnits: attendance.length,
        proxies: attendance.length - inPerson.length,
        chair:
          chairUnit === undefined
            ? null
            : {
                name: building.owners[chairUnit]!.fullName,
                female: building.owners[chairUnit]!.female,
                unitLabel: building.units[chairUnit]!.label,
              },
      },
    };
  });
}

function agendaItem(plan: AgendaPlan, index: number, tally: AgendaItemTemplate["tally"]): AgendaItemTemplate {
  return {
    position: index + 1,
    title: plan.title,
    description: plan.description,
    requiresVote: plan.majority !== undefined,
    majority: plan.majority ?? "simple",
    isQuorumCheck: plan.isQuorumCheck ?? false,
    note: plan.note ?? null,
    tally,
  };
}

/**
 * Units present: a random order of units, each added when it does not overshoot `target` of the
 * building by more than half its own coefficient, so attendance lands near the target even with a
 * dozen large units. Below one half a unit is only added if the total stays under the target, so a
 * planned miss is always a miss (and, with targets of 60 % or more, a planned quorum always met).
 */
function pickAttendance(
  faker: Faker,
  { building, target, scheduledAt }: { building: Building; target: number; scheduledAt: Offset },
): AttendanceTemplate[] {
  const goal = target * TOTAL_PPM;
  const picked: number[] = [];
  let present = 0;
  for (const unitIndex of faker.helpers.shuffle(building.units.map((_, i) => i))) {
    const coefficient = building.units[unitIndex]!.coefficientPpm;
    if (target >= 0.5 ? present + coefficient / 2 > goal : present + coefficient > goal) continue;
    picked.push(unitIndex);
    present += coefficient;
  }
  return picked
    .map((unitIndex) => {
      const isProxy = faker.number.float() < PROXY_SHARE;
      const tenant = building.tenants[unitIndex];
      // An owner's proxy is often the tenant who lives there, otherwise a relative or neighbour.
      const attendeeName = !isProxy
        ? building.owners[unitIndex]!.fullName
        : tenant && faker.datatype.boolean()
          ? tenant.fullName
          : personFrom(faker).name;
      return { unitIndex, attendeeName, isProxy, registeredAt: scheduledAt + faker.number.int({ min: -40 * 60, max: 10 * 60 }) };
    })
    .sort((a, b) => a.registeredAt - b.registeredAt);
}

/**
 * Every unit present votes the item; choices follow the item's intended shares of the coefficients
 * present, each unit going to the first choice whose share it does not overshoot by more than half
 * its own coefficient — the result lands within one unit of the intention, whatever the seed.
 */
function castVotes(
  faker: Faker,
  {
    units,
    attendance,
    present,
    item,
    agendaIndex,
    scheduledAt,
  }: { units: UnitTemplate[]; attendance: AttendanceTemplate[]; present: Ppm; item: AgendaPlan; agendaIndex: number; scheduledAt: Offset },
): VoteTemplate[] {
  if (!item.intent) throw new Error(`assembly plan: voted item "${item.title}" has no intent`);
  const goal = { yes: item.intent.yes * present, no: item.intent.no * present };
  const sums = { yes: 0, no: 0 };
  const votedAt = scheduledAt + (10 + 15 * agendaIndex) * 60;
  return faker.helpers.shuffle(attendance.map((a) => a.unitIndex)).map((unitIndex) => {
    const coefficient = units[unitIndex]!.coefficientPpm;
    const choice: VoteChoice = sums.yes + coefficient / 2 < goal.yes ? "yes" : sums.no + coefficient / 2 < goal.no ? "no" : "abstain";
    if (choice !== "abstain") sums[choice] += coefficient;
    return { agendaIndex, unitIndex, choice, castAt: votedAt + faker.number.int({ min: 0, max: 240 }) };
  });
}
