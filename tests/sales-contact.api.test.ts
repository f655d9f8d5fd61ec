// "Hablar con ventas" over HTTP (docs/sales.md#talk-to-sales): the request is stored, emailed to the sales inbox
// (SALES_EMAIL, the local inbox's ventas@assembly.test under test), sent to the CRM outbox in the same transaction,
// validated (400 with fields), rate limited, and works from an expired demo and without a session.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appUrl, createDemo, login, ownerQuery, postJson, randomEmail, randomIp } from "./support/app";
import { listEmails } from "./support/inbox";

const SALES_INBOX = "ventas@assembly.test";

type ContactBody = {
  id?: string;
  email?: string;
  organizationId?: string | null;
  message?: string;
  error?: { code: string; fields?: Record<string, string[]> };
};

async function contact(body: Record<string, unknown>, opts: { cookie?: string; ip?: string } = {}) {
  const res = await postJson("/api/sales/contact-requests", body, { ip: opts.ip, headers: opts.cookie ? { cookie: opts.cookie } : {} });
  return { status: res.status, body: (await res.json()) as ContactBody };
}

/** Waits for the sales inbox to hold an email whose text contains `marker`. */
async function waitForSalesEmail(marker: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await listEmails(SALES_INBOX)).find((m) => m.text?.includes(marker));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no sales email containing ${marker}`);
}

const marker = () => `ref-${randomBytes(4).toString("hex")}`;

describe("POST /api/sales/contact-requests", () => {
  it("from a demo: 201, stored with the demo, emailed to the sales inbox and enqueued for the CRM", async () => {
    const email = await createDemo();
    const cookie = await login(email);
    const [owner] = await ownerQuery<{ organization_id: string }>("SELECT organization_id FROM users WHERE email = $1", [email]);
    const organizationId = owner!.organization_id;
    const ref = marker();
    const res = await contact(
      {
        source: "banner",
        message: `Queremos una cotización ${ref}`,
        phone: "+57 310 555 0101",
        preferredTime: "morning",
        email: "someone-else@example.com",
      },
      { cookie },
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email, organizationId });
    expect(res.body.message).toMatch(/ventas/);

    const rows = await ownerQuery(
      "SELECT email, organization_id, phone, preferred_time, source, message FROM sales_contact_requests WHERE id = $1",
      [res.body.id],
    );
    // The session speaks for its own user: the body's email is ignored.
    expect(rows).toEqual([
      {
        email,
        organization_id: organizationId,
        phone: "+57 310 555 0101",
        preferred_time: "morning",
        source: "banner",
        message: `Queremos una cotización ${ref}`,
      },
    ]);
    const outbox = await ownerQuery<{ payload: { email: string; organizationId: string; data: Record<string, unknown> } }>(
      "SELECT payload FROM outbox_events WHERE event_type = 'lead.contact_requested' AND idempotency_key = $1",
      [`lead.contact_requested:${res.body.id}`],
    );
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.payload).toMatchObject({
      email,
      organizationId,
      data: { source: "banner", phone: "+57 310 555 0101", preferredTime: "morning" },
    });

    const mail = await waitForSalesEmail(ref);
    expect(mail.subject).toContain(email);
    expect(mail.text).toContain("+57 310 555 0101");
    expect(mail.text).toContain(`/admin/demos/${organizationId}`);
    const [queued] = await ownerQuery<{ status: string; kind: string }>("SELECT status, kind FROM email_outbox WHERE dedupe_key = $1", [
      `sales_contact:${res.body.id}`,
    ]);
    expect(queued).toEqual({ status: "sent", kind: "sales_contact" });
  });

  it("from the chatbot (no session): the email is required; with it, 201 and a lead for a new person", async () => {
    const missing = await contact({ source: "chatbot", message: "Necesito una demo para mi conjunto" });
    expect(missing.status).toBe(400);
    expect(missing.body.error?.fields?.email).toEqual(["email_required"]);

    const email = randomEmail("contact");
    const ref = marker();
    const res = await contact({ source: "chatbot", message: `Hola, somos 120 unidades ${ref}`, email, name: "Lucía Gómez" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email, organizationId: null });
    const [lead] = await ownerQuery<{ id: string; lead_source: string; profile: string; name: string }>(
      "SELECT id, lead_source, profile, name FROM platform_leads WHERE email = $1",
      [email],
    );
    expect(lead).toMatchObject({ lead_source: "talk_to_sales", profile: "sales", name: "Lucía Gómez" });
    const [row] = await ownerQuery("SELECT lead_id, name FROM sales_contact_requests WHERE id = $1", [res.body.id]);
    expect(row).toEqual({ lead_id: lead!.id, name: "Lucía Gómez" });
    await waitForSalesEmail(ref);
  });

  it("refuses bad input with 400 and the fields, storing nothing", async () => {
    const email = randomEmail("bad");
    const res = await contact({ source: "somewhere", message: "hi", phone: "12", preferredTime: "midnight", email: "not-an-email" });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe("validation_failed");
    expect(Object.keys(res.body.error?.fields ?? {}).sort()).toEqual(["email", "message", "phone", "preferredTime", "source"]);
    const notJson = await postJson("/api/sales/contact-requests", "{", {});
    expect(notJson.status).toBe(400);
    expect(await ownerQuery("SELECT 1 FROM sales_contact_requests WHERE email = $1", [email])).toEqual([]);
  });

  it("works from an expired demo (the 'Demo vencido' page offers it)", async () => {
    const email = await createDemo();
    const cookie = await login(email);
    await ownerQuery(
      "UPDATE organizations SET demo_expires_at = now() - interval '1 hour' WHERE id = (SELECT organization_id FROM users WHERE email = $1)",
      [email],
    );
    const dashboard = await fetch(`${appUrl()}/api/dashboard/overview`, { headers: { cookie } });
    expect(dashboard.status).toBe(403);
    const res = await contact({ source: "expired", message: "Se me venció el demo, quiero comprar" }, { cookie });
    expect(res.status).toBe(201);
    expect(res.body.email).toBe(email);
  });

  it("limits one address to 5 requests a day (429 with Retry-After)", async () => {
    const email = randomEmail("flood");
    for (let i = 0; i < 5; i++)
      expect((await contact({ source: "chatbot", message: `Mensaje número ${i}`, email }, { ip: randomIp() })).status).toBe(201);
    const res = await postJson(
      "/api/sales/contact-requests",
      { source: "chatbot", message: "Mensaje número 6", email },
      { ip: randomIp() },
    );
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await ownerQuery("SELECT 1 FROM sales_contact_requests WHERE email = $1", [email])).toHaveLength(5);
  });
});
