// The shared QA demo resets once per Colombian day through the lifecycle run (docs/sales.md#qa-demo): audited as a
// "reset" by the cron, idempotent per day even with overlapping runs, and again the next day.
import { describe, expect, it } from "vitest";
import { provisionDemo } from "@/server/demo/provision-demo";
import { runLifecycle } from "@/server/lifecycle/run-lifecycle";
import { resetQaDemoDaily } from "@/server/sales/reset-qa-demo-daily";
import { getScenario } from "@/server/scenarios/registry";
import { ownerQuery, ownerRow } from "./support/app";
import { APP_TIME_ZONE } from "@/lib/time-zone";

/** A never-expiring demo of our own, standing in for the shared QA demo (so other test files' runs cannot claim its day). */
async function qaLikeDemo(): Promise<string> {
  const result = await provisionDemo({
    email: `qa-like-${crypto.randomUUID()}@example.com`,
    scenario: getScenario("small-building"),
    expires: false,
  });
  if (!result.created) throw new Error("expected a new demo");
  return result.organizationId;
}

function state(id: string) {
  return ownerRow<{ credits: number; units: number; resets: number }>(
    `SELECT o.assembly_credits AS credits,
            (SELECT count(*)::int FROM units WHERE organization_id = o.id) AS units,
            (SELECT count(*)::int FROM audit_log WHERE organization_id = o.id AND action = 'reset' AND actor = 'cron') AS resets
     FROM organizations o WHERE o.id = $1`,
    [id],
  );
}

describe("nightly reset of the shared QA demo", () => {
  it("resets once per Colombian day, audited as the cron, and again the next day", async () => {
    const id = await qaLikeDemo();
    const fresh = await state(id);
    // A visitor used the credit and deleted a unit's content.
    await ownerQuery("UPDATE organizations SET assembly_credits = 0 WHERE id = $1", [id]);
    await ownerQuery("DELETE FROM units WHERE id = (SELECT id FROM units WHERE organization_id = $1 LIMIT 1)", [id]);

    const day1 = new Date("2026-12-02T06:30:00Z"); // 01:30 in Bogotá
    const [a, b] = await Promise.all([
      resetQaDemoDaily({ now: day1, organizationId: id }),
      resetQaDemoDaily({ now: day1, organizationId: id }),
    ]);
    expect([a.reset, b.reset].sort()).toEqual([false, true]);
    expect(a.day).toBe("2026-12-02");
    expect(await state(id)).toEqual({ credits: fresh.credits, units: fresh.units, resets: 1 });

    // Later the same Colombian day (23:00 in Bogotá is 04:00 UTC the next day): nothing.
    expect((await resetQaDemoDaily({ now: new Date("2026-12-03T04:00:00Z"), organizationId: id })).reset).toBe(false);
    expect((await state(id)).resets).toBe(1);

    // The next Colombian day: reset again.
    expect(await resetQaDemoDaily({ now: new Date("2026-12-03T05:10:00Z"), organizationId: id })).toEqual({
      reset: true,
      day: "2026-12-03",
    });
    const [audit] = await ownerQuery<{ after: { reason: string } }>(
      "SELECT after FROM audit_log WHERE organization_id = $1 AND action = 'reset' ORDER BY id DESC LIMIT 1",
      [id],
    );
    expect(audit!.after.reason).toBe("nightly QA reset");
    expect((await state(id)).resets).toBe(2);
    const outbox = await ownerQuery("SELECT 1 FROM outbox_events WHERE event_type = 'demo.reset' AND payload->>'organizationId' = $1", [
      id,
    ]);
    expect(outbox).toHaveLength(2);
  });

  it("is a step of the lifecycle run: after a run, today's reset of the QA demo is claimed once and audited", async () => {
    const run = await runLifecycle(new Date());
    expect(run.errors).toEqual([]);
    const [qa] = await ownerQuery<{ organization_id: string }>("SELECT organization_id FROM users WHERE email = 'demo@assembly2.com'");
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: APP_TIME_ZONE }).format(new Date());
    const claims = await ownerQuery("SELECT 1 FROM demo_notifications WHERE organization_id = $1 AND kind = $2", [
      qa!.organization_id,
      `qa_reset:${day}`,
    ]);
    expect(claims).toHaveLength(1);
    const audits = await ownerQuery(
      "SELECT 1 FROM audit_log WHERE organization_id = $1 AND action = 'reset' AND actor = 'cron' AND after->>'reason' = 'nightly QA reset'",
      [qa!.organization_id],
    );
    expect(audits.length).toBeGreaterThanOrEqual(1);
    expect((await runLifecycle(new Date())).qaReset).toBe(false);
  });
});
