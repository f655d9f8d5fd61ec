// The CRM webhook (docs/rules.md#demo-lifecycle): lifecycle events are written to the outbox in the transaction
// of the change and delivered to a real local HTTP receiver — signed with HMAC-SHA256, with the event
// type and idempotency key in headers — in order per prospect, retried with capped, jittered exponential
// backoff until a 2xx, and never twice under concurrent runs.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extendDemo } from "@/server/demo/extend-demo";
import { provisionDemo } from "@/server/demo/provision-demo";
import { deliverOutbox, signWebhookBody } from "@/server/lifecycle/deliver-outbox";
import { OUTBOX_BACKOFF_BASE_MS, OUTBOX_BACKOFF_MAX_MS, outboxBackoffMs } from "@/server/lifecycle/lifecycle-policy";
import { runLifecycle } from "@/server/lifecycle/run-lifecycle";
import { getScenario } from "@/server/scenarios/registry";
import { ownerQuery } from "./support/app";
import { type ReceivedWebhook, type WebhookReceiver, startWebhookReceiver } from "./support/webhook-receiver";

const SECRET = "test-webhook-secret-0123456789abcdef";
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
});

const freshEmail = () => `crm-${randomBytes(5).toString("hex")}@example.com`;
const bodyOf = (w: ReceivedWebhook) =>
  JSON.parse(w.rawBody) as { id: string; type: string; email: string; organizationId: string; data: Record<string, unknown> };
const receivedFor = (email: string) => receiver.received.filter((w) => bodyOf(w).email === email);

async function provision(email: string): Promise<string> {
  const result = await provisionDemo({ email, scenario: getScenario("small-building") });
  if (!result.created) throw new Error("expected a new demo");
  return result.organizationId;
}

type OutboxRow = { event_type: string; attempts: number; next_attempt_at: Date; delivered_at: Date | null; last_error: string | null };
const outboxFor = (email: string) =>
  ownerQuery<OutboxRow>(
    "SELECT event_type, attempts, next_attempt_at, delivered_at, last_error FROM outbox_events WHERE payload->>'email' = $1 ORDER BY id",
    [email],
  );

describe("outbox delivery", () => {
  it("signs each request, retries with backoff, delivers in order per prospect, at least once", async () => {
    const email = freshEmail();
    const organizationId = await provision(email);
    await extendDemo({ organizationId, days: 3, actor: "sales@assembly.test" });
    let failuresLeft = 2;
    receiver.respondWith(({ rawBody }) => {
      const body = JSON.parse(rawBody) as { email: string; type: string };
      if (body.email === email && body.type === "demo.created" && failuresLeft > 0) {
        failuresLeft -= 1;
        return 503;
      }
      return 200;
    });

    const t0 = new Date();
    await deliverOutbox({ url: receiver.url, secret: SECRET, now: t0 });
    const initial = await outboxFor(email);
    let created = initial[0];
    const extended = initial[1];
    expect(created).toMatchObject({ event_type: "demo.created", attempts: 1, delivered_at: null, last_error: "HTTP 503" });
    const firstWait = created!.next_attempt_at.getTime() - t0.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(OUTBOX_BACKOFF_BASE_MS / 2);
    expect(firstWait).toBeLessThanOrEqual(OUTBOX_BACKOFF_BASE_MS);
    // demo.extended waits behind the undelivered demo.created of the same prospect.
    expect(extended).toMatchObject({ event_type: "demo.extended", attempts: 0, delivered_at: null });
    expect(receivedFor(email).map((w) => bodyOf(w).type)).toEqual(["demo.created"]);

    // Not due yet: nothing is sent again.
    await deliverOutbox({ url: receiver.url, secret: SECRET, now: new Date(t0.getTime() + 1000) });
    expect(receivedFor(email)).toHaveLength(1);

    const t1 = created!.next_attempt_at;
    await deliverOutbox({ url: receiver.url, secret: SECRET, now: t1 });
    [created] = await outboxFor(email);
    expect(created).toMatchObject({ attempts: 2, delivered_at: null });
    const secondWait = created!.next_attempt_at.getTime() - t1.getTime();
    expect(secondWait).toBeGreaterThanOrEqual(OUTBOX_BACKOFF_BASE_MS);
    expect(secondWait).toBeLessThanOrEqual(2 * OUTBOX_BACKOFF_BASE_MS);

    await deliverOutbox({ url: receiver.url, secret: SECRET, now: created!.next_attempt_at });
    const rows = await outboxFor(email);
    expect(rows.map((r) => [r.event_type, r.delivered_at !== null, r.last_error])).toEqual([
      ["demo.created", true, null],
      ["demo.extended", true, null],
    ]);

    const requests = receivedFor(email);
    expect(requests.map((w) => [bodyOf(w).type, w.status])).toEqual([
      ["demo.created", 503],
      ["demo.created", 503],
      ["demo.created", 200],
      ["demo.extended", 200],
    ]);
    for (const request of requests) {
      const expected = Buffer.from(`sha256=${createHmac("sha256", SECRET).update(request.rawBody).digest("hex")}`);
      const given = Buffer.from(String(request.headers["x-assembly-signature"]));
      expect(given.length === expected.length && timingSafeEqual(given, expected)).toBe(true);
      const body = bodyOf(request);
      expect(request.headers["x-assembly-event"]).toBe(body.type);
      expect(request.headers["idempotency-key"]).toBe(body.id);
      expect(request.headers["content-type"]).toBe("application/json");
      expect(body).toMatchObject({ organizationId, email });
    }
    // Retries carry the same idempotency key, so the CRM can drop duplicates.
    expect(new Set(requests.slice(0, 3).map((w) => w.headers["idempotency-key"])).size).toBe(1);
    expect(String(requests[0]!.headers["idempotency-key"])).toMatch(new RegExp(`^demo\\.created:${organizationId}:\\d+$`));
    expect(bodyOf(requests[3]!).data).toMatchObject({ days: 3, extensionsUsed: 1 });
  });

  it("never sends an event twice when two runs deliver at the same time", async () => {
    receiver.respondWith(() => 200);
    const emails = [freshEmail(), freshEmail(), freshEmail()];
    await Promise.all(emails.map(provision));
    const now = new Date(Date.now() + 1000);
    await Promise.all([
      deliverOutbox({ url: receiver.url, secret: SECRET, now }),
      deliverOutbox({ url: receiver.url, secret: SECRET, now }),
      deliverOutbox({ url: receiver.url, secret: SECRET, now }),
    ]);
    for (const email of emails) {
      expect(receivedFor(email).map((w) => bodyOf(w).type)).toEqual(["demo.created"]);
      expect((await outboxFor(email)).every((r) => r.delivered_at !== null)).toBe(true);
    }
  });

  it("records network failures too, and a wrong secret gives a different signature", async () => {
    const email = freshEmail();
    await provision(email);
    const now = new Date(Date.now() + 1000);
    const result = await deliverOutbox({ url: "http://127.0.0.1:9/unreachable", secret: SECRET, now, limit: 1000 });
    expect(result.failed).toBeGreaterThanOrEqual(1);
    const [row] = await outboxFor(email);
    expect(row).toMatchObject({ attempts: 1, delivered_at: null });
    expect(row!.last_error).toMatch(/fetch failed|ECONNREFUSED/i);
    expect(signWebhookBody("{}", SECRET)).not.toBe(signWebhookBody("{}", `${SECRET}x`));
    // Let the later tests' deliveries succeed for this prospect too.
    await deliverOutbox({ url: receiver.url, secret: SECRET, now: new Date(now.getTime() + 2 * OUTBOX_BACKOFF_BASE_MS) });
    expect((await outboxFor(email))[0]!.delivered_at).not.toBeNull();
  });

  it("backs off exponentially, capped at 6 h, jittered into the upper half", () => {
    expect(outboxBackoffMs(1, 0)).toBe(OUTBOX_BACKOFF_BASE_MS / 2);
    expect(outboxBackoffMs(1, 0.999_999)).toBeCloseTo(OUTBOX_BACKOFF_BASE_MS, -1);
    expect(outboxBackoffMs(4, 0)).toBe(4 * OUTBOX_BACKOFF_BASE_MS);
    expect(outboxBackoffMs(50, 0)).toBe(OUTBOX_BACKOFF_MAX_MS / 2);
    expect(outboxBackoffMs(50, 0.999_999)).toBeLessThanOrEqual(OUTBOX_BACKOFF_MAX_MS);
  });

  it("is skipped by the lifecycle run when CRM_WEBHOOK_URL is not set (events wait in the outbox)", async () => {
    const result = await runLifecycle(new Date());
    expect(result.outbox).toBeNull();
  });
});
