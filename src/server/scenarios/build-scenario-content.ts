import { atOffset, localDayStart } from "./calendar";
import { buildTemplate } from "./build-template";
import { renderMinutes } from "./render-minutes";
import type { ScenarioTemplate } from "./template";
import type { AgendaItemRow, AttendanceRow, Scenario, ScenarioContent, VoteRow } from "./types";
import { v7 as uuidv7 } from "uuid";

/**
 * Templates are immutable and depend only on the scenario, so each is built once per process; keyed
 * by the scenario object, so an edited copy never reads a stale template.
 */
const templates = new WeakMap<Scenario, ScenarioTemplate>();

/**
 * The rows a new organization is seeded with for `scenario` (docs/rules.md#scenarios-and-seed-content):
 * units, residents, assemblies (closed ones with attendance, votes, quorum snapshot and minutes; one
 * upcoming), agenda items, attendance and votes — plain objects with exactly the fields of Prisma's
 * `createMany` inputs, in foreign-key order.
 * Everything but the ids is deterministic for the scenario; ids are fresh time-ordered UUIDv7s (`uuid`'s `v7`) on
 * every call, and dates are placed relative to `now`: the history falls within the 12 months before
 * `now`, the one upcoming assembly 14 days after it, at Colombian local times.
 * @param options.organizationId the organization every row belongs to (UUID).
 * @param options.now the provisioning instant the dates are relative to.
 * @param options.organizationName the building the minutes name (default: the scenario's).
 * @throws Error when the scenario cannot be built (see `buildTemplate`).
 */
export function buildScenarioContent(
  scenario: Scenario,
  options: { organizationId: string; now: Date; organizationName?: string },
): ScenarioContent {
  let template = templates.get(scenario);
  if (!template) {
    template = buildTemplate(scenario);
    templates.set(scenario, template);
  }
  return materialize(template, options);
}

function materialize(
  template: ScenarioTemplate,
  { organizationId, now, organizationName }: { organizationId: string; now: Date; organizationName?: string },
): ScenarioContent {
  const dayStart = localDayStart(now);
  const at = (offset: number) => atOffset(dayStart, offset);
  const unitIds = template.units.map(() => uuidv7());
  const agendaItems: AgendaItemRow[] = [];
  const attendance: AttendanceRow[] = [];
  const votes: VoteRow[] = [];

  const units = template.units.map(({ coefficientPpm: _ppm, label: _label, createdAt, ...unit }, i) => ({
    ...unit,
    id: unitIds[i]!,
    organizationId,
    createdAt: at(createdAt),
  }));
  const residents = template.residents.map(({ unitIndex, female: _female, createdAt, ...resident }) => ({
    ...resident,
    id: uuidv7(),
    organizationId,
    unitId: unitIds[unitIndex]!,
    createdAt: at(createdAt),
  }));

  const assemblies = template.assemblies.map((assembly) => {
    const assemblyId = uuidv7();
    const itemIds = assembly.agenda.map(() => uuidv7());
    assembly.agenda.forEach(({ isQuorumCheck: _check, note: _note, tally: _tally, ...item }, i) =>
      agendaItems.push({
        ...item,
        id: itemIds[i]!,
        organizationId,
        assemblyId,
        votingStatus: assembly.status === "closed" ? ("closed" as const) : ("pending" as const),
      }),
    );
    for (const { unitIndex, registeredAt, ...present } of assembly.attendance) {
      attendance.push({
        ...present,
        id: uuidv7(),
        organizationId,
        assemblyId,
        unitId: unitIds[unitIndex]!,
        registeredAt: at(registeredAt),
        // Seeded proxies name their holder as the attendee; the admin registered them.
        proxyHolderUnitId: null,
        proxyHolderName: present.isProxy ? present.attendeeName : null,
        source: "admin" as const,
      });
    }
    for (const vote of assembly.votes) {
      votes.push({
        id: uuidv7(),
        organizationId,
        agendaItemId: itemIds[vote.agendaIndex]!,
        unitId: unitIds[vote.unitIndex]!,
        choice: vote.choice,
        castAt: at(vote.castAt),
      });
    }
    const scheduledAt = at(assembly.scheduledAt);
    const minutes = assembly.record
      ? renderMinutes(assembly, {
          record: assembly.record,
          organizationName: organizationName ?? template.scenario.organizationName,
          city: template.city,
          administrator: template.administrator,
          totalUnits: template.units.length,
          scheduledAt,
          locale: template.scenario.locale,
        })
      : null;
    return {
      id: assemblyId,
      organizationId,
      title: assembly.title,
      type: assembly.type,
      status: assembly.status,
      scheduledAt,
      location: assembly.location,
      quorumPercent: assembly.quorumPercent,
      minutes,
      closedAt: assembly.closedAt === null ? null : at(assembly.closedAt),
      createdAt: at(assembly.createdAt),
      // A held assembly started at its scheduled time, as its minutes say.
      startedAt: assembly.closedAt === null ? null : scheduledAt,
      presidentName: assembly.record?.chair?.name ?? null,
      secretaryName: assembly.record ? template.administrator.name : null,
      call: "first" as const,
    };
  });

  return { units, residents, assemblies, agendaItems, attendance, votes };
}
