import "server-only";
import { buildTemplate } from "@/server/scenarios/build-template";
import { getScenario, scenarioNames } from "@/server/scenarios/registry";
import type { Person } from "@/server/scenarios/template";

/** City and administrator of each scenario's building, as its seeded minutes name them; built once per process (immutable). */
const signatories = new Map<string, { city: string; administrator: Person }>();

/**
 * The city and administrator of an organization's building, from its scenario (every demo is
 * provisioned from one; anything else reads as the default scenario). The minutes name the
 * administrator as secretary by default, and proxies cannot be given to them
 * (docs/decisions/0045-proxy-limits.md).
 */
export function signatoriesOf(scenarioName: string | null): { city: string; administrator: Person } {
  const name = scenarioName && (scenarioNames as readonly string[]).includes(scenarioName) ? scenarioName : scenarioNames[0]!;
  let found = signatories.get(name);
  if (!found) {
    const { city, administrator } = buildTemplate(getScenario(name));
    found = { city, administrator };
    signatories.set(name, found);
  }
  return found;
}
