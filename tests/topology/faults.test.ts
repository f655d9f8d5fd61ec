// Faults on the production shape (scripts/test-topology.ts), in order: one instance stopped under load,
// SMTP down then back, PostgreSQL restarted under load. Each prints its figures (requests by status).
import { describe, expect, it } from "vitest";
import { ownerQuery } from "../support/app";
import { listEmails } from "../support/inbox";
import { type HttpAnswer, call, control, freshClientAddress, instanceUrls, proxyUrl, randomEmail, runCron, tally } from "./support";

const CLIENTS = 8;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every attempt's outcome (status or "network") and the last answer, retrying 502/503/504 and network errors. */
async function withRetries(send: () => Promise<HttpAnswer>, attempts: (number | string)[]): Promise<HttpAnswer | null> {
  for (let i = 0; i < 30; i++) {
    let answer: HttpAnswer;
    try {
      answer = await send();
    } catch {
      attempts.push("network");
      await sleep(300);
      continue;
    }
    attempts.push(answer.status);
    if (![502, 503, 504].includes(answer.status)) return answer;
    // As a polite client does: wait what Retry-After says (every hit also counts against the rate limits).
    await sleep(Math.min(5000, 1000 * Number(answer.headers["retry-after"] ?? 0.3)));
  }
  return null;
}

type Load = { attempts: (number | string)[]; finals: Map<string, number | null>; invalid503: number };

/** CLIENTS loops of demo requests (fresh email, fresh client address each) for `ms`, with `during` run after `at` ms. */
async function demoLoad(
  ms: number,
  at: number,
  during: () => Promise<void>,
  profileOf: (i: number) => string = () => "admin_ph",
): Promise<Load> {
  const load: Load = { attempts: [], finals: new Map(), invalid503: 0 };
  const until = Date.now() + ms;
  let n = 0;
  const clients = Array.from({ length: CLIENTS }, async () => {
    while (Date.now() < until) {
      const email = randomEmail("load");
      const profile = profileOf(n++);
      const answer = await withRetries(async () => {
        const from = freshClientAddress();
        const res = await call(proxyUrl(), "/api/demo/request", { body: { email, profile }, from, timeoutMs: 30_000 });
        if (res.status === 503) {
          const body = res.json() as { error?: { code?: string } };
          if (!res.headers["retry-after"] || !body.error?.code) load.invalid503 += 1;
        }
        return res;
      }, load.attempts);
      load.finals.set(email, answer?.status ?? null);
    }
  });
  await sleep(at);
  await during();
  await Promise.all(clients);
  return load;
}

/** Demos (by their admin's email) missing a part: user, content, demo.created event, queued ready email. */
async function incompleteDemos(emails: string[]): Promise<unknown[]> {
  return ownerQuery(
    `SELECT u.email,
            (SELECT count(*)::int FROM units n WHERE n.organization_id = u.organization_id) AS units,
            (SELECT count(*)::int FROM outbox_events e WHERE e.event_type = 'demo.created' AND e.payload->>'organizationId' = u.organization_id::text) AS created_events,
            (SELECT count(*)::int FROM email_outbox m WHERE m.organization_id = u.organization_id AND m.kind = 'demo_ready') AS ready_emails
     FROM users u WHERE u.email = ANY($1)
     AND ((SELECT count(*) FROM units n WHERE n.organization_id = u.organization_id) = 0
       OR NOT EXISTS (SELECT 1 FROM outbox_events e WHERE e.event_type = 'demo.created' AND e.payload->>'organizationId' = u.organization_id::text)
       OR NOT EXISTS (SELECT 1 FROM email_outbox m WHERE m.organization_id = u.organization_id AND m.kind = 'demo_ready'))`,
    [emails],
  );
}

/** Leads among `emails` without their lead.captured event, and emails without a lead. */
async function leadsWithoutEvent(emails: string[]): Promise<unknown[]> {
  return ownerQuery(
    `SELECT x.email FROM unnest($1::text[]) AS x(email)
     LEFT JOIN platform_leads l ON l.email = x.email
     WHERE l.id IS NULL OR NOT EXISTS (SELECT 1 FROM outbox_events e WHERE e.idempotency_key = 'lead.captured:' || l.id)`,
    [emails],
  );
}

/** Makes every pending email that failed an attempt due now (the backoff's wait, without waiting). */
const makePendingEmailsDue = () => ownerQuery("UPDATE email_outbox SET next_attempt_at = now() WHERE status = 'pending' AND attempts > 0");

/** Waits until each address has `count` messages matching `subject`, then a moment more (a duplicate would show). */
async function inboxCounts(emails: string[], subject: RegExp, count: number): Promise<number[]> {
  const deadline = Date.now() + 20_000;
  const counts = async () => Promise.all(emails.map(async (e) => (await listEmails(e)).filter((m) => subject.test(m.subject)).length));
  let now = await counts();
  while (Date.now() < deadline && now.some((c) => c < count)) {
    await sleep(300);
    now = await counts();
  }
  await sleep(1000);
  return counts();
}

async function waitHealthy(): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (const base of instanceUrls()) {
    for (;;) {
      const res = await call(base, "/api/health").catch(() => null);
      if (res?.status === 200) break;
      if (Date.now() > deadline) throw new Error(`${base} did not recover`);
      await sleep(300);
    }
  }
}

describe("faults", () => {
  it("loses no lead and no demo when one instance stops under load", async () => {
    const load = await demoLoad(
      9_000,
      2_500,
      () => control("/instance/2/stop"),
      (i) => (i % 4 === 3 ? "sales" : "admin_ph"),
    );
    const emails = [...load.finals.keys()];
    console.log(
      `[figures] instance stopped under ${CLIENTS}-client load: ${emails.length} visitors; attempts by status ${JSON.stringify(tally(load.attempts))}; final ${JSON.stringify(tally([...load.finals.values()].map(String)))}`,
    );
    await control("/instance/2/start");
    expect(load.attempts.filter((s) => s === 500)).toEqual([]);
    expect([...load.finals.values()].every((s) => s === 200 || s === 201)).toBe(true);
    expect(await leadsWithoutEvent(emails)).toEqual([]);
    const demoEmails = (
      await ownerQuery<{ email: string }>("SELECT email FROM platform_leads WHERE email = ANY($1) AND profile = 'admin_ph'", [emails])
    ).map((r) => r.email);
    const [withDemo] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE email = ANY($1)", [demoEmails]);
    expect(withDemo!.n).toBe(demoEmails.length);
    expect(await incompleteDemos(demoEmails)).toEqual([]);
  });

  it("says quickly when a code could not be sent because SMTP hangs", async () => {
    const [one] = instanceUrls();
    const email = randomEmail("hang");
    expect((await call(proxyUrl(), "/api/demo/request", { body: { email, profile: "admin_ph" }, from: freshClientAddress() })).status).toBe(
      201,
    );
    await control("/smtp/hang");
    try {
      const startedAt = Date.now();
      const res = await call(one, "/api/auth/otp/request", { body: { email }, from: freshClientAddress() });
      const tookMs = Date.now() - startedAt;
      console.log(`[figures] SMTP hanging: the code request answered ${res.status} after ${tookMs} ms`);
      expect(res.status).toBe(503);
      expect(res.json()).toMatchObject({ error: { code: "email_unavailable" } });
      expect(tookMs).toBeLessThan(30_000); // bounded by the SMTP timeouts, not nodemailer's minutes
    } finally {
      await control("/smtp/up");
    }
  });

  it("delivers every email exactly once after SMTP comes back, and says when a code could not be sent", async () => {
    const [one, two] = instanceUrls();
    await control("/smtp/down");
    const emails = [randomEmail("smtp"), randomEmail("smtp"), randomEmail("smtp")];
    try {
      for (const email of emails) {
        const res = await call(proxyUrl(), "/api/demo/request", { body: { email, profile: "admin_ph" }, from: freshClientAddress() });
        expect(res.status).toBe(201);
      }
      // A code that cannot be sent is reported, and the same way whether or not the address has an account.
      const known = await call(one, "/api/auth/otp/request", { body: { email: emails[0] }, from: freshClientAddress() });
      const unknown = await call(two, "/api/auth/otp/request", { body: { email: randomEmail("nobody") }, from: freshClientAddress() });
      for (const res of [known, unknown]) {
        expect(res.status).toBe(503);
        expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
        expect(res.json()).toEqual({ error: { code: "email_unavailable", message: "No pudimos enviar el código, inténtalo de nuevo." } });
      }
      // An expiry warning falls due while SMTP is down.
      await ownerQuery(
        "UPDATE organizations SET demo_expires_at = now() + interval '2 days 12 hours' FROM users u WHERE u.organization_id = organizations.id AND u.email = $1",
        [emails[1]],
      );
      const cron = await runCron();
      expect(cron.status).toBe(200);
      const pending = await ownerQuery<{ kind: string; status: string; attempts: number; last_error: string | null }>(
        "SELECT kind, status, attempts, last_error FROM email_outbox WHERE to_address = ANY($1) ORDER BY id",
        [emails],
      );
      expect(pending.map((r) => r.kind).sort()).toEqual(["demo_ready", "demo_ready", "demo_ready", "expiry_warning_3d", "login_code"]);
      expect(pending.every((r) => r.status === "pending" && r.attempts >= 1 && r.last_error)).toBe(true);
    } finally {
      await control("/smtp/up");
    }
    await makePendingEmailsDue();
    const runs = await Promise.all([runCron(one), runCron(two)]);
    expect(runs.map((r) => r.status)).toEqual([200, 200]);
    expect(await inboxCounts(emails, /listo|ready/i, 1)).toEqual([1, 1, 1]);
    expect(await inboxCounts([emails[1]!], /vence en 3 días/, 1)).toEqual([1]);
    expect(await inboxCounts([emails[0]!], /\b\d{6}\b/, 1)).toEqual([1]);
    // Another run sends nothing again.
    await makePendingEmailsDue();
    await runCron();
    expect(await inboxCounts(emails, /./, 0)).toEqual([2, 2, 1]);
    const rows = await ownerQuery<{ kind: string; status: string; subject: string | null }>(
      "SELECT kind, status, subject FROM email_outbox WHERE to_address = ANY($1)",
      [emails],
    );
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    // The login code's body is not kept once sent.
    expect(rows.filter((r) => r.kind === "login_code").map((r) => r.subject)).toEqual([null]);
    console.log(
      `[figures] SMTP down then back: ${rows.length} emails queued during the outage, ${rows.filter((r) => r.status === "sent").length} delivered, each once`,
    );
  });

  it("answers no 500, leaves no partial demo and loses no email or event when PostgreSQL restarts under load", async () => {
    let restartMs = 0;
    const load = await demoLoad(14_000, 2_500, async () => {
      const startedAt = Date.now();
      await control("/db/restart?downMs=3000");
      restartMs = Date.now() - startedAt;
    });
    const emails = [...load.finals.keys()];
    await waitHealthy();
    console.log(
      `[figures] PostgreSQL restarted (stopped, 3 s down, started: ${restartMs} ms in all) under ${CLIENTS}-client load: ${emails.length} visitors; ` +
        `attempts by status ${JSON.stringify(tally(load.attempts))}; final ${JSON.stringify(tally([...load.finals.values()].map(String)))}`,
    );
    expect(load.attempts.filter((s) => s === 500)).toEqual([]);
    expect(load.invalid503).toBe(0);
    expect([...load.finals.values()].every((s) => s === 200 || s === 201)).toBe(true);
    const [orphans] = await ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM organizations o WHERE o.is_demo AND o.created_at > now() - interval '5 minutes' AND NOT EXISTS (SELECT 1 FROM users u WHERE u.organization_id = o.id) AND o.status = 'active'",
    );
    expect(orphans!.n).toBe(0);
    const [withDemo] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE email = ANY($1)", [emails]);
    expect(withDemo!.n).toBe(emails.length);
    expect(await incompleteDemos(emails)).toEqual([]);
    expect(await leadsWithoutEvent(emails)).toEqual([]);

    // The next lifecycle run sends what the outage held back; every prospect gets one "ready" email.
    await makePendingEmailsDue();
    expect((await runCron()).status).toBe(200);
    const counts = await inboxCounts(emails, /listo|ready/i, 1);
    expect(counts.filter((c) => c !== 1)).toEqual([]);
    const [unsent] = await ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM email_outbox WHERE to_address = ANY($1) AND status <> 'sent'",
      [emails],
    );
    expect(unsent!.n).toBe(0);
  });
});
