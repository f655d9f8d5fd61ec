// The sales console's demo actions over HTTP as the test environment's super admin (docs/rules.md#sales-console): each
// rule, its audit row, its demo_events row and its outbox event, and what the prospect then sees.
import { beforeAll, describe, expect, it } from "vitest";
import { appUrl, createDemo, login, ownerQuery, orgIdOf, postJson, productFingerprint } from "./support/app";
import { listEmails } from "./support/inbox";

const SALES = "sales@assembly.test";
const DAY_MS = 86_400_000;
let cookie: string;

type ActionResponse = { success?: boolean; message?: string; demo?: Record<string, unknown>; error?: { code: string; message: string } };

async function act(organizationId: string, action: string, body?: unknown): Promise<{ status: number; body: ActionResponse }> {
  const res = await fetch(`${appUrl()}/api/admin/demos/${organizationId}/${action}`, {
    method: "POST",
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as ActionResponse };
}

type OrgRow = {
  status: string;
  demo_expires_at: Date | null;
  created_at: Date;
  extensions_used: number;
  terminated_at: Date | null;
  converted_at: Date | null;
  assembly_credits: number;
  theme_color: string;
};
async function org(id: string): Promise<OrgRow> {
  const [row] = await ownerQuery<OrgRow>(
    "SELECT status, demo_expires_at, created_at, extensions_used, terminated_at, converted_at, assembly_credits, theme_color FROM organizations WHERE id = $1",
    [id],
  );
  return row!;
}

/** The audit rows, demo_events types and outbox event types recorded for `id` by `action`. */
async function recorded(id: string, action: string) {
  const [audit, events, outbox] = await Promise.all([
    ownerQuery<{ actor: string; lead_email: string | null; before: Record<string, unknown>; after: Record<string, unknown> }>(
      "SELECT actor, lead_email, before, after FROM audit_log WHERE organization_id = $1 AND action = $2 ORDER BY id",
      [id, action],
    ),
    ownerQuery<{ actor: string; data: Record<string, unknown> }>(
      "SELECT actor, data FROM demo_events WHERE organization_id = $1 AND type = $2 ORDER BY id",
      [id, action],
    ),
    ownerQuery<{ idempotency_key: string; payload: Record<string, unknown> }>(
      "SELECT idempotency_key, payload FROM outbox_events WHERE event_type = $1 AND payload->>'organizationId' = $2 ORDER BY id",
      [`demo.${action}`, id],
    ),
  ]);
  return { audit, events, outbox };
}

async function overviewStatus(prospectCookie: string): Promise<{ status: number; code?: string }> {
  const res = await fetch(`${appUrl()}/api/dashboard/overview`, { headers: { cookie: prospectCookie } });
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, code: body.error?.code };
}

beforeAll(async () => {
  cookie = await login(SALES);
});

describe("extend", () => {
  it("adds days to the expiry, at most 2 extensions and 30 days beyond the original 15, audited", async () => {
    const email = await createDemo();
    const id = await orgIdOf(email);
    const before = await org(id);

    const first = await act(id, "extend", { days: 10, reason: "Junta directiva el jueves" });
    expect(first.status).toBe(200);
    expect(first.body.success).toBe(true);
    expect(first.body.message).toMatch(/^Demo extendido hasta el /);
    const afterFirst = await org(id);
    expect(afterFirst.demo_expires_at!.getTime()).toBe(before.demo_expires_at!.getTime() + 10 * DAY_MS);
    expect(afterFirst.extensions_used).toBe(1);

    // 10 + 21 = 31 days beyond the original expiry: refused, nothing changes.
    const tooLong = await act(id, "extend", { days: 21 });
    expect(tooLong.status).toBe(409);
    expect(tooLong.body.error).toEqual({ code: "conflict", message: expect.stringContaining("30 días") });
    expect((await org(id)).extensions_used).toBe(1);

    expect((await act(id, "extend", { days: 20 })).status).toBe(200);
    const afterSecond = await org(id);
    expect(afterSecond.demo_expires_at!.getTime()).toBe(afterSecond.created_at.getTime() + 45 * DAY_MS);

    const third = await act(id, "extend", { days: 1 });
    expect(third.status).toBe(409);
    expect(third.body.error?.message).toContain("2 extensiones");
    expect((await org(id)).extensions_used).toBe(2);

    const { audit, events, outbox } = await recorded(id, "extended");
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      actor: SALES,
      lead_email: email,
      before: { status: "active", demoExpiresAt: before.demo_expires_at!.toISOString(), extensionsUsed: 0 },
      after: {
        status: "active",
        demoExpiresAt: afterFirst.demo_expires_at!.toISOString(),
        extensionsUsed: 1,
        days: 10,
        reason: "Junta directiva el jueves",
      },
    });
    expect(events.map((e) => e.data.days)).toEqual([10, 20]);
    expect(events.every((e) => e.actor === SALES)).toBe(true);
    expect(outbox).toHaveLength(2);
    expect(outbox[0]!.idempotency_key).toMatch(new RegExp(`^demo\\.extended:${id}:\\d+$`));
    expect(outbox[0]!.payload).toMatchObject({ type: "demo.extended", organizationId: id, email, data: { days: 10, extensionsUsed: 1 } });
  });

  it("refuses 31 days at once (409) and answers in English when asked", async () => {
    const id = await orgIdOf(await createDemo());
    const res = await fetch(`${appUrl()}/api/admin/demos/${id}/extend`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", "accept-language": "en" },
      body: JSON.stringify({ days: 31 }),
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as ActionResponse).error?.message).toBe(
      "Extensions add at most 30 days beyond the original 15; this demo has 30 days left.",
    );
    expect((await org(id)).extensions_used).toBe(0);
  });

  it("re-activates an expired demo when the new expiry is in the future, and refuses one that would stay expired", async () => {
    const email = await createDemo();
    const id = await orgIdOf(email);
    const prospect = await login(email);
    await ownerQuery(
      "UPDATE organizations SET demo_expires_at = now() - interval '2 days 1 hour', status = 'expired', expired_at = now() WHERE id = $1",
      [id],
    );
    expect(await overviewStatus(prospect)).toEqual({ status: 403, code: "demo_expired" });

    const stillExpired = await act(id, "extend", { days: 2 });
    expect(stillExpired.status).toBe(409);
    expect(stillExpired.body.error?.message).toContain("al menos 3 días");
    expect((await org(id)).extensions_used).toBe(0);

    const revived = await act(id, "extend", { days: 5 });
    expect(revived.status).toBe(200);
    expect(revived.body.demo).toMatchObject({ status: "active", extensionsUsed: 1, expiredAt: null });
    expect(await overviewStatus(prospect)).toEqual({ status: 200, code: undefined });
    const { events } = await recorded(id, "extended");
    expect(events[0]!.data).toMatchObject({ days: 5, reactivated: true });
  });
});

describe("terminate", () => {
  it("ends the demo now: the prospect's open session gets 403 demo_expired at once", async () => {
    const email = await createDemo();
    const id = await orgIdOf(email);
    const prospect = await login(email);
    expect((await overviewStatus(prospect)).status).toBe(200);

    const res = await act(id, "terminate", { reason: "Uso indebido" });
    expect(res.status).toBe(200);
    expect(await overviewStatus(prospect)).toEqual({ status: 403, code: "demo_expired" });
    const row = await org(id);
    expect(row.status).toBe("terminated");
    expect(row.terminated_at).toBeInstanceOf(Date);

    expect((await act(id, "terminate")).status).toBe(409);
    expect((await act(id, "extend", { days: 3 })).status).toBe(409);
    expect((await act(id, "reset")).status).toBe(409);
    const { audit, outbox } = await recorded(id, "terminated");
    expect(audit).toEqual([expect.objectContaining({ actor: SALES, before: { status: "active", terminatedAt: null } })]);
    expect(audit[0]!.after).toMatchObject({ status: "terminated", reason: "Uso indebido" });
    expect(outbox).toHaveLength(1);
  });

  it("refuses the shared QA demo, which never expires", async () => {
    const qa = await orgIdOf("demo@assembly2.com");
    for (const action of ["terminate", "convert"]) {
      const res = await act(qa, action);
      expect(res.status, action).toBe(409);
      expect(res.body.error?.message).toContain("no vence");
    }
    expect((await act(qa, "extend", { days: 1 })).status).toBe(409);
    expect((await org(qa)).status).toBe("active");
  });
});

describe("reset", () => {
  const fingerprint = productFingerprint;

  const counts = (id: string) =>
    ownerQuery<{ units: number; residents: number; assemblies: number; votes: number; upcoming: number }>(
      `SELECT (SELECT count(*)::int FROM units WHERE organization_id = $1) AS units,
              (SELECT count(*)::int FROM residents WHERE organization_id = $1) AS residents,
              (SELECT count(*)::int FROM assemblies WHERE organization_id = $1) AS assemblies,
              (SELECT count(*)::int FROM votes WHERE organization_id = $1) AS votes,
              (SELECT count(*)::int FROM assemblies WHERE organization_id = $1 AND status = 'scheduled' AND scheduled_at > now()) AS upcoming`,
      [id],
    ).then((r) => r[0]!);

  it("re-seeds in place: same organization and user, fresh content, credits back, settings kept, other demos untouched", async () => {
    const [emailA, emailB] = await Promise.all([createDemo(), createDemo()]);
    const [a, b] = await Promise.all([orgIdOf(emailA), orgIdOf(emailB)]);
    const original = await counts(a);
    const [user] = await ownerQuery<{ id: string }>("SELECT id FROM users WHERE email = $1", [emailA]);
    const [oldUnit] = await ownerQuery<{ id: string }>("SELECT id FROM units WHERE organization_id = $1 LIMIT 1", [a]);
    // The prospect's changes: residents removed, the credit spent, the upcoming assembly gone, a colour chosen.
    await ownerQuery(
      `DELETE FROM residents WHERE id IN (SELECT id FROM residents WHERE organization_id = $1 LIMIT 10);
       DELETE FROM assemblies WHERE organization_id = $1 AND status = 'scheduled';
       UPDATE organizations SET assembly_credits = 0, theme_color = '#123456' WHERE id = $1;`.replaceAll("$1", `'${a}'`),
    );
    const bBefore = await fingerprint(b);

    const res = await act(a, "reset");
    expect(res.status).toBe(200);
    expect(res.body.demo).toMatchObject({ id: a, assemblyCredits: 1, rows: { units: 50 } });

    expect(await counts(a)).toEqual(original);
    expect(original.upcoming).toBeGreaterThanOrEqual(1);
    const row = await org(a);
    expect(row).toMatchObject({ status: "active", assembly_credits: 1, theme_color: "#123456", extensions_used: 0 });
    const [userAfter] = await ownerQuery<{ id: string; organization_id: string }>(
      "SELECT id, organization_id FROM users WHERE email = $1",
      [emailA],
    );
    expect(userAfter).toEqual({ id: user!.id, organization_id: a });
    expect(await ownerQuery("SELECT 1 FROM units WHERE id = $1", [oldUnit!.id])).toHaveLength(0);
    expect(await fingerprint(b)).toBe(bBefore);

    const { audit, outbox } = await recorded(a, "reset");
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toMatchObject({ assemblyCredits: 0, rows: { units: 50, residents: original.residents - 10 } });
    expect(audit[0]!.after).toMatchObject({ assemblyCredits: 1, rows: { units: 50, residents: original.residents } });
    expect(outbox).toHaveLength(1);

    // The prospect sees the fresh content.
    const prospect = await login(emailA);
    const overview = await fetch(`${appUrl()}/api/dashboard/overview`, { headers: { cookie: prospect } });
    expect(overview.status).toBe(200);
    expect(((await overview.json()) as { unitCount: number }).unitCount).toBe(50);
  });

  it("refuses an expired demo (extend it first)", async () => {
    const id = await orgIdOf(await createDemo());
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() - interval '1 minute' WHERE id = $1", [id]);
    const res = await act(id, "reset");
    expect(res.status).toBe(409);
    expect(res.body.error?.message).toContain("extiéndelo primero");
  });
});

describe("reissue", () => {
  it("only after expiry: a new organization, the same user moved to it, the old one kept; the prospect logs in to the new one", async () => {
    const email = await createDemo();
    const old = await orgIdOf(email);

    const tooEarly = await act(old, "reissue");
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error?.message).toContain("sigue activo");

    await ownerQuery(
      "UPDATE organizations SET demo_expires_at = now() - interval '1 day', status = 'expired', expired_at = now() WHERE id = $1",
      [old],
    );
    const [userBefore] = await ownerQuery<{ id: string }>("SELECT id FROM users WHERE email = $1", [email]);
    const res = await act(old, "reissue", { scenario: "small-building" });
    expect(res.status).toBe(201);
    const fresh = res.body.demo!.organizationId as string;
    expect(fresh).not.toBe(old);
    expect(res.body.demo).toMatchObject({ previousOrganizationId: old, email });

    try {
      // The old organization stays (for analytics) without its user; acting on it again is refused.
      expect(await org(old)).toMatchObject({ status: "expired" });
      expect(await ownerQuery("SELECT 1 FROM users WHERE organization_id = $1", [old])).toHaveLength(0);
      const again = await act(old, "reissue");
      expect(again.status).toBe(409);
      expect(again.body.error?.message).toContain("reemitido");
      const { audit } = await recorded(old, "reissued");
      expect(audit).toEqual([expect.objectContaining({ actor: SALES, lead_email: email })]);
      expect(audit[0]!.after).toMatchObject({ organizationId: fresh });
    } finally {
      // tests/demo-rollback checks that no organization is left without a user (its "partial
      // provisioning" check); a re-issued demo's old organization is exactly that, so remove ours.
      await ownerQuery("DELETE FROM organizations WHERE id = $1", [old]);
    }

    const [userAfter] = await ownerQuery<{ id: string; organization_id: string }>(
      "SELECT id, organization_id FROM users WHERE email = $1",
      [email],
    );
    expect(userAfter).toEqual({ id: userBefore!.id, organization_id: fresh });
    const created = await org(fresh);
    expect(created).toMatchObject({ status: "active", extensions_used: 0 });
    expect(created.demo_expires_at!.getTime() - created.created_at.getTime()).toBe(15 * DAY_MS);
    const [lead] = await ownerQuery<{ organization_id: string; funnel_stage: string }>(
      "SELECT organization_id, funnel_stage FROM platform_leads WHERE email = $1",
      [email],
    );
    expect(lead).toEqual({ organization_id: fresh, funnel_stage: "demo_active" });
    const [units] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM units WHERE organization_id = $1", [fresh]);
    expect(units!.n).toBeLessThan(50); // small-building

    const prospect = await login(email);
    expect(await overviewStatus(prospect)).toEqual({ status: 200, code: undefined });

    // Still one demo per email for the self-service flow.
    const request = await postJson("/api/demo/request", { email, profile: "admin_ph" });
    expect(((await request.json()) as { already_exists: boolean }).already_exists).toBe(true);

    // The prospect is told: a "ready" email for the new demo.
    const deadline = Date.now() + 10_000;
    let ready: { subject: string }[] = [];
    while (Date.now() < deadline && ready.length < 2) {
      ready = (await listEmails(email)).filter((m) => m.subject === "Tu demo de Assembly está listo");
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(ready).toHaveLength(2); // the first demo's and the re-issued one's
  });
});

describe("convert", () => {
  it("marks the demo and its lead converted, once", async () => {
    const email = await createDemo();
    const id = await orgIdOf(email);
    const res = await act(id, "convert", { reason: "Firmó contrato anual" });
    expect(res.status).toBe(200);
    expect(res.body.demo).toMatchObject({ status: "converted" });
    expect((await org(id)).converted_at).toBeInstanceOf(Date);
    const [lead] = await ownerQuery<{ funnel_stage: string }>("SELECT funnel_stage FROM platform_leads WHERE email = $1", [email]);
    expect(lead!.funnel_stage).toBe("converted");

    expect((await act(id, "convert")).status).toBe(409);
    expect((await act(id, "extend", { days: 1 })).status).toBe(409);
    const { audit, outbox } = await recorded(id, "converted");
    expect(audit).toEqual([expect.objectContaining({ actor: SALES, before: { status: "active", convertedAt: null } })]);
    expect(outbox[0]!.payload).toMatchObject({ type: "demo.converted", organizationId: id, email });
  });
});
