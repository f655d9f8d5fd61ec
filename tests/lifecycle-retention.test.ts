// Retention (docs/rules.md#demo-lifecycle): demos expired or terminated more than DEMO_RETENTION_DAYS ago lose their
// product rows — the organization row, its user and its lead stay — once, even under concurrent runs.
import { describe, expect, it } from "vitest";
import { extendDemo } from "@/server/demo/extend-demo";
import { purgeDemoData } from "@/server/lifecycle/purge-demo-data";
import { createDemo, ownerQuery } from "./support/app";

const PRODUCT_TABLES = ["units", "residents", "assemblies", "agenda_items", "attendance", "votes"];

async function orgOf(email: string): Promise<string> {
  const [row] = await ownerQuery<{ organization_id: string }>("SELECT organization_id FROM users WHERE email = $1", [email]);
  return row!.organization_id;
}

async function productRows(organizationId: string): Promise<number> {
  const counts = await Promise.all(
    PRODUCT_TABLES.map((t) =>
      ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM ${t} WHERE organization_id = $1`, [organizationId]),
    ),
  );
  return counts.reduce((sum, [row]) => sum + row!.n, 0);
}

describe("retention purge", () => {
  it("counts expiry from demo_expires_at: a demo no cron run marked, or one marked late, is purged", async () => {
    const emails = await Promise.all([createDemo(), createDemo(), createDemo()]);
    const [unmarked, markedLate, recent] = (await Promise.all(emails.map(orgOf))) as [string, string, string];
    await ownerQuery(`
      UPDATE organizations SET demo_expires_at = now() - interval '40 days' WHERE id = '${unmarked}';
      UPDATE organizations SET status = 'expired', demo_expires_at = now() - interval '40 days', expired_at = now() - interval '1 hour' WHERE id = '${markedLate}';
      UPDATE organizations SET demo_expires_at = now() - interval '20 days' WHERE id = '${recent}';`);
    await purgeDemoData({ retentionDays: 30 });
    const rows = await ownerQuery<{ id: string; purged: boolean }>(
      "SELECT id, purged_at IS NOT NULL AS purged FROM organizations WHERE id = ANY($1::uuid[])",
      [[unmarked, markedLate, recent]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.purged]))).toEqual({ [unmarked]: true, [markedLate]: true, [recent]: false });
    expect(await productRows(unmarked)).toBe(0);
    expect(await productRows(markedLate)).toBe(0);
    expect(await productRows(recent)).toBeGreaterThan(0);
  });

  it("purges old expired and terminated demos once, keeps the organization, user and lead, and leaves the rest alone", async () => {
    const emails = await Promise.all([createDemo(), createDemo(), createDemo(), createDemo(), createDemo()]);
    const ids = await Promise.all(emails.map(orgOf));
    const [oldExpired, oldTerminated, recentExpired, converted, active] = ids as [string, string, string, string, string];
    await ownerQuery(`
      UPDATE organizations SET status = 'expired', demo_expires_at = now() - interval '40 days', expired_at = now() - interval '31 days' WHERE id = '${oldExpired}';
      UPDATE organizations SET status = 'terminated', terminated_at = now() - interval '31 days' WHERE id = '${oldTerminated}';
      UPDATE organizations SET status = 'expired', demo_expires_at = now() - interval '6 days', expired_at = now() - interval '5 days' WHERE id = '${recentExpired}';
      UPDATE organizations SET status = 'converted', converted_at = now() - interval '60 days', demo_expires_at = now() - interval '60 days' WHERE id = '${converted}';`);
    const keptBefore = await Promise.all([recentExpired, converted, active].map(productRows));
    expect(keptBefore.every((n) => n > 0)).toBe(true);

    const [first, second] = await Promise.all([purgeDemoData({ retentionDays: 30 }), purgeDemoData({ retentionDays: 30 })]);
    expect(first.purged + second.purged).toBeGreaterThanOrEqual(2);

    for (const id of [oldExpired, oldTerminated]) {
      expect(await productRows(id)).toBe(0);
      const [row] = await ownerQuery<{ purged: boolean; users: number }>(
        "SELECT purged_at IS NOT NULL AS purged, (SELECT count(*)::int FROM users WHERE organization_id = o.id) AS users FROM organizations o WHERE id = $1",
        [id],
      );
      expect(row).toEqual({ purged: true, users: 1 });
      const audit = await ownerQuery<{ actor: string; after: { rowsDeleted: Record<string, number> } }>(
        "SELECT actor, after FROM audit_log WHERE organization_id = $1 AND action = 'purged'",
        [id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actor).toBe("cron");
      expect(audit[0]!.after.rowsDeleted.units).toBe(50);
    }
    for (const email of emails.slice(0, 2)) {
      expect(await ownerQuery("SELECT 1 FROM platform_leads WHERE email = $1 AND organization_id IS NOT NULL", [email])).toHaveLength(1);
    }
    expect(await Promise.all([recentExpired, converted, active].map(productRows))).toEqual(keptBefore);

    // Idempotent: another run finds nothing of ours, and purged_at does not move.
    const [stamp] = await ownerQuery<{ purged_at: Date }>("SELECT purged_at FROM organizations WHERE id = $1", [oldExpired]);
    await purgeDemoData({ retentionDays: 30 });
    const [again] = await ownerQuery<{ purged_at: Date; audits: number }>(
      "SELECT purged_at, (SELECT count(*)::int FROM audit_log WHERE organization_id = o.id AND action = 'purged') AS audits FROM organizations o WHERE id = $1",
      [oldExpired],
    );
    expect(again).toEqual({ purged_at: stamp!.purged_at, audits: 1 });

    // A purged demo cannot be extended back to life (its data is gone): re-issue it instead.
    await expect(extendDemo({ organizationId: oldExpired, days: 5, actor: "sales@assembly.test" })).rejects.toMatchObject({
      code: "demo_purged",
      publicCode: "conflict",
      status: 409,
    });
  });
});
