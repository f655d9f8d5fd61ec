import "server-only";
import { AppError } from "@/server/http/app-error";
import { changeDemoState, closeDemo, type DemoActionInput } from "./change-demo-state";
import type { DemoState } from "./lock-demo";

/**
 * Sales action "terminate" (docs/rules.md#sales-console): ends an active demo now — status `terminated`,
 * `terminated_at` — in one transaction with its audit row, `demo_events` row "terminated" and
 * `demo.terminated` outbox event. The prospect sees "Demo vencido" (403 `demo_expired` on the APIs)
 * from the next request on, sessions included: access is re-read from the database every time.
 * Retention later purges its data like an expired demo's.
 * @returns the demo's state after the change.
 * @throws AppError 404 `demo_not_found`; 409 `demo_superseded`, `demo_without_expiry` (QA demo),
 *   `demo_already_terminated`, `demo_already_converted` or `terminate_not_active` (expired).
 */
export async function terminateDemo(input: DemoActionInput): Promise<DemoState> {
  return changeDemoState(input, {
    requireExpiry: true,
    refuse: ["terminated", "converted"],
    apply: async (tx, { demo, now, reason }) => {
      if (demo.status !== "active") throw new AppError("terminate_not_active");
      const terminatedAt = now.toISOString();
      const after = await closeDemo(tx, demo.id, "terminated", now);
      const record = {
        action: "terminated",
        before: { status: demo.status, terminatedAt: null },
        after: { status: "terminated", terminatedAt, reason },
        eventData: { reason },
        outbox: { type: "demo.terminated", data: { terminatedAt, reason } },
      } as const;
      return { result: after, record };
    },
  });
}
