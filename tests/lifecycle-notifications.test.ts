// Lifecycle emails (docs/rules.md#demo-lifecycle): the expiry warnings at T-3 days and T-1 day, each sent once even
// under concurrent cron runs (real database, real inbox), the claim kept with its queued email, and the
// "your demo is ready" email after a demo request over HTTP.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { extendDemo } from "@/server/demo/extend-demo";
import { provisionDemo } from "@/server/demo/provision-demo";
import { runLifecycle } from "@/server/lifecycle/run-lifecycle";
import { prisma } from "@/server/db/client";
import { queueNotificationEmail } from "@/server/lifecycle/queue-notification-email";
import { getScenario } from "@/server/scenarios/registry";
import { createDemo, ownerQuery, postJson, randomIp } from "./support/app";
import { listEmails } from "./support/inbox";

const freshEmail = () => `warned-${randomBytes(5).toString("hex")}@example.com`;

async function provision(email = freshEmail()): Promise<{ email: string; organizationId: string }> {
  const result = await provisionDemo({ email, scenario: getScenario("small-building"), locale: "es" });
  if (!result.created) throw new Error("expected a new demo");
  return { email, organizationId: result.organizationId };
}

const notifications = (organizationId: string) =>
  ownerQuery<{ kind: string; sent: boolean }>(
    "SELECT kind, sent_at IS NOT NULL AS sent FROM demo_notifications WHERE organization_id = $1 ORDER BY kind",
    [organizationId],
  );

/** Messages to `email` whose subject matches, once the inbox has settled. */
async function emailsTo(email: string, subject: RegExp, atLeast = 0): Promise<{ subject: string; text?: string }[]> {
  const deadline = Date.now() + 10_000;
  let found: { subject: string; text?: string }[] = [];
  do {
    found = (await listEmails(email)).filter((m) => subject.test(m.subject));
    if (found.length >= atLeast) break;
    await new Promise((r) => setTimeout(r, 200));
  } while (Date.now() < deadline);
  await new Promise((r) => setTimeout(r, 300)); // a duplicate, if any, would have arrived by now
  return (await listEmails(email)).filter((m) => subject.test(m.subject));
}

describe("expiry warnings", () => {
  it("sends the T-3 d and T-1 d warnings exactly once each under two concurrent runs", async () => {
    const { email, organizationId } = await provision();
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() + interval '2 days 12 hours' WHERE id = $1", [organizationId]);

    const [a, b] = await Promise.all([runLifecycle(new Date()), runLifecycle(new Date())]);
    expect(a.ok && b.ok).toBe(true);
    expect(a.warnings.threeDay + b.warnings.threeDay).toBeGreaterThanOrEqual(1);
    const threeDay = await emailsTo(email, /vence en 3 días/, 1);
    expect(threeDay).toHaveLength(1);
    expect(threeDay[0]!.text).toContain(`/login?email=${encodeURIComponent(email)}`);
    expect(await notifications(organizationId)).toEqual([{ kind: "expiry_warning_3d", sent: true }]);

    // Inside the last day: the 1-day warning, once; the 3-day one is not repeated.
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() + interval '20 hours' WHERE id = $1", [organizationId]);
    await Promise.all([runLifecycle(new Date()), runLifecycle(new Date())]);
    await runLifecycle(new Date());
    expect(await emailsTo(email, /vence en 1 día$/, 1)).toHaveLength(1);
    expect(await emailsTo(email, /vence en 3 días/)).toHaveLength(1);
    expect(await notifications(organizationId)).toEqual([
      { kind: "expiry_warning_1d", sent: true },
      { kind: "expiry_warning_3d", sent: true },
    ]);
    const [events] = await ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM demo_events WHERE organization_id = $1 AND type = 'warning_sent'",
      [organizationId],
    );
    expect(events!.n).toBe(2);

    // An extension clears them, so the prospect is warned again before the new date.
    await extendDemo({ organizationId, days: 7, actor: "sales@assembly.test" });
    expect(await notifications(organizationId)).toEqual([]);
  });

  it("warns only active demos inside the window", async () => {
    const [later, expired, terminated] = await Promise.all([provision(), provision(), provision()]);
    await ownerQuery(
      `UPDATE organizations SET demo_expires_at = now() + interval '5 days' WHERE id = '${later.organizationId}';` +
        `UPDATE organizations SET demo_expires_at = now() - interval '1 hour' WHERE id = '${expired.organizationId}';` +
        `UPDATE organizations SET demo_expires_at = now() + interval '1 day', status = 'terminated', terminated_at = now() WHERE id = '${terminated.organizationId}';`,
    );
    await runLifecycle(new Date());
    for (const demo of [later, expired, terminated]) {
      expect(await notifications(demo.organizationId)).toEqual([]);
      expect(await emailsTo(demo.email, /vence/)).toHaveLength(0);
    }
  });
});

describe("queueNotificationEmail", () => {
  it("queues a demo's notification once, however many transactions try at the same time", async () => {
    const { email, organizationId } = await provision();
    const now = new Date();
    const ids = await Promise.all(
      Array.from({ length: 8 }, () =>
        prisma.$transaction((tx) =>
          queueNotificationEmail(tx, {
            organizationId,
            kind: "expiry_warning_1d",
            now,
            email: { kind: "expiry_warning_1d", to: email, subject: "x", text: "y", dedupeKey: `test:${organizationId}:${Math.random()}` },
          }),
        ),
      ),
    );
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
    const rows = await ownerQuery<{ status: string }>(
      "SELECT status FROM email_outbox WHERE organization_id = $1 AND kind = 'expiry_warning_1d'",
      [organizationId],
    );
    expect(rows).toEqual([{ status: "pending" }]);
    expect(await notifications(organizationId)).toEqual([{ kind: "expiry_warning_1d", sent: false }]);
  });
});

describe("the ready email", () => {
  it("is sent once after a demo request, with the sign-in link, the code, the login page and expiry date, and no 6-digit number in its subject", async () => {
    const email = await createDemo();
    const ready = await emailsTo(email, /^Tu demo de Assembly está listo$/, 1);
    expect(ready).toHaveLength(1);
    expect(ready[0]!.subject).not.toMatch(/\d{6}/);
    expect(ready[0]!.text).toContain(`/login?email=${encodeURIComponent(email)}`);
    expect(ready[0]!.text).toMatch(/vence el \d{1,2} de \w+ de \d{4}/);
    expect(ready[0]!.text).toMatch(/\/login\?email=[^&\s]+&token=[A-Za-z0-9_-]{43}/);
    expect(ready[0]!.text).toMatch(/código en la página de acceso: \d{6}$/m);
    const [row] = await ownerQuery<{ sent: boolean }>(
      "SELECT n.sent_at IS NOT NULL AS sent FROM demo_notifications n JOIN users u ON u.organization_id = n.organization_id WHERE u.email = $1 AND n.kind = 'ready'",
      [email],
    );
    expect(row).toEqual({ sent: true });

    // Asking again (already_exists) sends nothing new.
    await postJson("/api/demo/request", { email, profile: "admin_ph" });
    expect(await emailsTo(email, /listo/)).toHaveLength(1);
  });

  it("speaks the request's language", async () => {
    const email = freshEmail();
    const res = await postJson("/api/demo/request", { email, profile: "demo_only", locale: "en" }, { ip: randomIp() });
    expect(res.status).toBe(201);
    const ready = await emailsTo(email, /^Your Assembly demo is ready$/, 1);
    expect(ready).toHaveLength(1);
    expect(ready[0]!.text).toContain("Your demo expires on");
    expect(ready[0]!.text).toMatch(/type this code on the sign-in page: \d{6}$/m);
  });
});
