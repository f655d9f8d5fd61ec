// A backlog of demos that ended long ago and that no run ever marked (the cron was down, or the
// database was restored): one lifecycle run expires them and, retention counting from
// demo_expires_at, purges them too — each recorded once.
import { describe, expect, it } from "vitest";
import { provisionDemo } from "@/server/demo/provision-demo";
import { runLifecycle } from "@/server/lifecycle/run-lifecycle";
import { getScenario } from "@/server/scenarios/registry";
import { ownerQuery } from "./support/app";

describe("lifecycle backlog", () => {
  it("expires and purges in one run demos that ended past retention and were never marked", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const result = await provisionDemo({ email: `backlog-${crypto.randomUUID()}@example.com`, scenario: getScenario("small-building") });
      if (!result.created) throw new Error("expected a new demo");
      ids.push(result.organizationId);
    }
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() - interval '90 days' WHERE id = ANY($1::uuid[])", [ids]);

    const run = await runLifecycle(new Date());
    expect(run.errors).toEqual([]);
    expect(run.purged).toBeGreaterThanOrEqual(3);

    const rows = await ownerQuery<{ status: string; purged: boolean; units: number; audits: string[] }>(
      `SELECT o.status::text AS status, o.purged_at IS NOT NULL AS purged,
              (SELECT count(*)::int FROM units WHERE organization_id = o.id) AS units,
              (SELECT array_agg(action ORDER BY id) FROM audit_log WHERE organization_id = o.id AND actor = 'cron') AS audits
       FROM organizations o WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );
    expect(rows).toEqual(ids.map(() => ({ status: "expired", purged: true, units: 0, audits: ["expired", "purged"] })));

    const again = await runLifecycle(new Date());
    expect(again.errors).toEqual([]);
    const [audits] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE organization_id = ANY($1::uuid[])", [
      ids,
    ]);
    expect(audits!.n).toBe(3 * 3); // created, expired, purged
  });
});
