import "server-only";
import { AppError } from "@/server/http/app-error";
import { resolveScenario } from "@/server/scenarios/registry";
import { type SeedCounts, seedScenario } from "@/server/scenarios/seed-scenario";
import { deleteDemoContent } from "./delete-demo-content";
import { isOrganizationExpired } from "./demo-policy";
import { changeDemoState, type DemoActionInput } from "./change-demo-state";
import { type DemoState, demoStateSelect } from "./lock-demo";

/**
 * Sales action "reset to the scenario" (docs/rules.md#sales-console): re-seeds a demo in place — same organization,
 * same user, same expiry — in ONE transaction: every product row deleted and the scenario's content
 * inserted again with dates relative to `now` (so the upcoming assembly is upcoming again), assembly
 * credits back to the scenario's value, plus the audit row, `demo_events` row "reset" and `demo.reset`
 * outbox event. The transaction is bound to this organization (`deleteDemoContent`, `seedScenario`), so
 * row-level security confines every product statement to it: other demos cannot be touched.
 * Settings — name, theme colour, language — are kept on purpose: they are the prospect's choices about
 * their demo, not content, and a reset before a sales call should not undo the prospect's branding.
 * Also allowed on the shared QA demo (the runbook's "reset to a known state").
 * @returns the demo's state after the change and the rows inserted per table.
 * @throws AppError 404 `demo_not_found`; 409 `demo_superseded`, `demo_already_terminated`,
 *   `demo_already_converted`, `demo_purged`, `reset_not_active` (expired: extend it first) or
 *   `unknown_scenario`.
 */
export async function resetDemo(input: DemoActionInput): Promise<DemoState & { rows: SeedCounts }> {
  return changeDemoState(
    input,
    {
      requireExpiry: false,
      refuse: ["terminated", "converted"],
      apply: async (tx, { demo, now, reason }) => {
        const organizationId = demo.id;
        if (demo.purgedAt) throw new AppError("demo_purged");
        if (isOrganizationExpired(demo, now)) throw new AppError("reset_not_active");
        // In the demo's language, naming its own building in the minutes; the content clock starts over.
        const scenario = resolveScenario(demo.scenario ?? "urban-tower", demo.locale);

        const deleted = await deleteDemoContent(tx, organizationId);
        const rows = await seedScenario(tx, { organizationId, scenario, now, organizationName: demo.name });
        const after = await tx.organization.update({
          where: { id: organizationId },
          data: { assemblyCredits: scenario.assemblyCredits, contentClockOffsetDays: 0 },
          select: demoStateSelect,
        });
        const { name, version } = scenario;
        const record = {
          action: "reset",
          before: { assemblyCredits: demo.assemblyCredits, rows: deleted },
          after: { assemblyCredits: after.assemblyCredits, rows, scenario: name, version, reason },
          eventData: { scenario: name, version, rows, reason },
          outbox: { type: "demo.reset", data: { scenario: name, version } },
        } as const;
        return { result: { ...after, rows }, record };
      },
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
