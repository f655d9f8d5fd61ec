import "server-only";
import { buildTemplate } from "@/server/scenarios/build-template";
import { localDayStart } from "@/server/scenarios/calendar";
import { getScenario, scenarioNames } from "@/server/scenarios/registry";
import { type MinutesAssembly, renderMinutes } from "@/server/scenarios/render-minutes";
import type { Person } from "@/server/scenarios/template";
import type { AssemblyState } from "./load-assembly-state";

/** City and administrator of each scenario's building, as its seeded minutes name them; built once per process. */
const signatories = new Map<string, { city: string; administrator: Person }>();

function signatoriesOf(scenarioName: string | null): { city: string; administrator: Person } {
  // Every demo is provisioned from a scenario; anything else reads as the default one.
  const name = scenarioName && (scenarioNames as readonly string[]).includes(scenarioName) ? scenarioName : scenarioNames[0]!;
  let found = signatories.get(name);
  if (!found) {
    const { city, administrator } = buildTemplate(getScenario(name));
    found = { city, administrator };
    signatories.set(name, found);
  }
  return found;
}

/** The quorum check of an agenda, as seeded ("Verificación del quórum"): an item about quorum that is not voted. */
function isQuorumCheck(item: { title: string; requiresVote: boolean }) {
  return !item.requiresVote && /qu[oó]rum/i.test(item.title);
}

/**
 * The minutes (acta, in Spanish) of an assembly held in the app, written from its data by the same
 * renderer as the seeded history (`renderMinutes`): quorum from the attendance, each voted item's
 * weighted result when there was quorum, the short record of a session without quorum otherwise.
 * City and administrator are the organization's scenario's, so new minutes read like the seeded
 * ones; nobody is recorded as chair (the app does not record one).
 * @param options.actNumber consecutive number of the minutes (acta n.º).
 * @param options.closedAt when the session ended; the start is the scheduled time.
 */
export function writeMinutes(
  state: AssemblyState,
  {
    organizationName,
    scenarioName,
    actNumber,
    closedAt,
  }: { organizationName: string; scenarioName: string | null; actNumber: number; closedAt: Date },
): string {
  // The renderer reads times as seconds from local midnight of the assembly's day (scenarios/calendar.ts).
  const dayStart = localDayStart(state.scheduledAt);
  const offsetOf = (date: Date) => (date.getTime() - dayStart) / 1_000;
  const assembly: MinutesAssembly = {
    type: state.type,
    location: state.location,
    scheduledAt: offsetOf(state.scheduledAt),
    closedAt: offsetOf(closedAt),
    agenda: state.agenda.map((item) => ({
      position: item.position,
      title: item.title,
      description: item.description,
      majority: item.majority,
      isQuorumCheck: isQuorumCheck(item),
      note: null,
      tally: state.quorum.met ? item.tally : null,
    })),
  };
  const proxies = state.attendance.filter((present) => present.isProxy).length;
  return renderMinutes(assembly, {
    record: { actNumber, quorum: state.quorum, attendingUnits: state.attendance.length, proxies, chair: null },
    organizationName,
    ...signatoriesOf(scenarioName),
    totalUnits: state.totalUnits,
    scheduledAt: state.scheduledAt,
  });
}
