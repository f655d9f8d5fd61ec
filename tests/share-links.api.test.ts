// Share links over HTTP (docs/sales.md#share-links): the demo's owner creates a read-only link (201 { id, url, expiresAt }),
// anyone holding it sees THAT demo's data without logging in (never another's), every opening is counted
// (view_count + a share_link_view event), and the link stops working when revoked, when the demo expires, or for a
// token that never existed; another demo cannot see or revoke it (404).
import { beforeAll, describe, expect, it } from "vitest";
import { appUrl, createDemo, login, ownerQuery } from "./support/app";

type Link = { id: string; url: string; expiresAt: string | null; createdAt: string };
type Listed = { items: { id: string; viewCount: number; active: boolean; revokedAt: string | null }[]; expiresAt: string | null };

const api = (method: string, path: string, cookie?: string) => fetch(`${appUrl()}${path}`, { method, headers: cookie ? { cookie } : {} });

async function orgOf(email: string) {
  const [row] = await ownerQuery<{ id: string; name: string; demo_expires_at: Date }>(
    "SELECT o.id, o.name, o.demo_expires_at FROM organizations o JOIN users u ON u.organization_id = o.id WHERE u.email = $1",
    [email],
  );
  return row!;
}

/** The shared page at `url`, fetched as a stranger (no cookie), from the app under test. */
async function openShared(url: string) {
  const res = await fetch(`${appUrl()}${new URL(url).pathname}`);
  return { status: res.status, html: await res.text(), robots: res.headers.get("x-robots-tag") };
}

let emailA: string;
let emailB: string;
let cookieA: string;
let cookieB: string;

beforeAll(async () => {
  [emailA, emailB] = await Promise.all([createDemo(), createDemo()]);
  // Tell the two demos apart by name.
  await ownerQuery("UPDATE organizations SET name = 'Edificio Alfa P.H.' WHERE id = (SELECT organization_id FROM users WHERE email = $1)", [
    emailA,
  ]);
  await ownerQuery("UPDATE organizations SET name = 'Edificio Beta P.H.' WHERE id = (SELECT organization_id FROM users WHERE email = $1)", [
    emailB,
  ]);
  [cookieA, cookieB] = await Promise.all([login(emailA), login(emailB)]);
});

describe("share links", () => {
  it("create → open without login (this demo only, noindex) → counted → listed → revoked → gone", async () => {
    const orgA = await orgOf(emailA);
    const created = await api("POST", "/api/share-links", cookieA);
    expect(created.status).toBe(201);
    const link = (await created.json()) as Link;
    expect(link.url).toMatch(/\/compartido\/[A-Za-z0-9_-]{43}$/);
    expect(new Date(link.expiresAt!).getTime()).toBe(orgA.demo_expires_at.getTime());
    // Only the token's hash is stored.
    const [stored] = await ownerQuery<{ token_hash: string; organization_id: string }>(
      "SELECT token_hash, organization_id FROM share_links WHERE id = $1",
      [link.id],
    );
    expect(stored!.organization_id).toBe(orgA.id);
    expect(stored!.token_hash).not.toContain(link.url.split("/").pop());

    const first = await openShared(link.url);
    expect(first.status).toBe(200);
    expect(first.html).toContain("Edificio Alfa P.H.");
    expect(first.html).not.toContain("Edificio Beta P.H.");
    expect(first.html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(first.html).toContain("SOLO LECTURA");
    // Read-only: the shared page offers no way to change anything (no forms, no dashboard links).
    expect(first.html).not.toContain("<form");
    expect(first.html).not.toContain("/dashboard/admin-ph");
    await openShared(link.url);

    const [counted] = await ownerQuery<{ view_count: number }>("SELECT view_count FROM share_links WHERE id = $1", [link.id]);
    expect(counted!.view_count).toBe(2);
    const views = await ownerQuery(
      "SELECT actor FROM demo_events WHERE organization_id = $1 AND type = 'share_link_view' AND data->>'shareLinkId' = $2",
      [orgA.id, link.id],
    );
    expect(views).toEqual([{ actor: "share_link" }, { actor: "share_link" }]);
    const createdEvents = await ownerQuery(
      "SELECT 1 FROM demo_events WHERE organization_id = $1 AND type = 'share_link_created' AND data->>'shareLinkId' = $2",
      [orgA.id, link.id],
    );
    expect(createdEvents).toHaveLength(1);

    const listed = (await (await api("GET", "/api/share-links", cookieA)).json()) as Listed;
    expect(listed.items.find((i) => i.id === link.id)).toMatchObject({ viewCount: 2, active: true, revokedAt: null });
    // The list never carries the token.
    expect(JSON.stringify(listed)).not.toContain(link.url.split("/").pop());

    const revoked = await api("DELETE", `/api/share-links/${link.id}`, cookieA);
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ id: link.id, active: false });
    const gone = await openShared(link.url);
    expect(gone.status).toBe(404);
    expect(gone.html).toContain("Este enlace ya no está disponible");
    expect(gone.html).not.toContain("Edificio Alfa P.H.");
    // Revoking again is harmless.
    expect((await api("DELETE", `/api/share-links/${link.id}`, cookieA)).status).toBe(200);
  });

  it("belongs to its demo: another demo cannot list or revoke it (404), and a made-up token shows nothing", async () => {
    const link = (await (await api("POST", "/api/share-links", cookieA)).json()) as Link;
    const listedByB = (await (await api("GET", "/api/share-links", cookieB)).json()) as Listed;
    expect(listedByB.items.map((i) => i.id)).not.toContain(link.id);
    const byB = await api("DELETE", `/api/share-links/${link.id}`, cookieB);
    expect(byB.status).toBe(404);
    expect(((await byB.json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect((await api("DELETE", "/api/share-links/not-a-uuid", cookieB)).status).toBe(404);
    expect((await openShared(link.url)).status).toBe(200); // still A's, still working

    expect((await openShared(`${appUrl()}/compartido/${"x".repeat(43)}`)).status).toBe(404);
    expect((await openShared(`${appUrl()}/compartido/short`)).status).toBe(404);
  });

  it("expires with the demo (and works again when sales extends it)", async () => {
    const email = await createDemo();
    const cookie = await login(email);
    const link = (await (await api("POST", "/api/share-links", cookie)).json()) as Link;
    expect((await openShared(link.url)).status).toBe(200);
    const org = await orgOf(email);
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() - interval '1 minute' WHERE id = $1", [org.id]);
    expect((await openShared(link.url)).status).toBe(404);
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() + interval '2 days' WHERE id = $1", [org.id]);
    expect((await openShared(link.url)).status).toBe(200);
    await ownerQuery("UPDATE organizations SET status = 'terminated', terminated_at = now() WHERE id = $1", [org.id]);
    expect((await openShared(link.url)).status).toBe(404);
  });

  it("needs the demo's session to create or list (401), and an expired demo cannot create one (403)", async () => {
    expect((await api("POST", "/api/share-links")).status).toBe(401);
    expect((await api("GET", "/api/share-links")).status).toBe(401);
    const email = await createDemo();
    const cookie = await login(email);
    await ownerQuery(
      "UPDATE organizations SET demo_expires_at = now() - interval '1 minute' WHERE id = (SELECT organization_id FROM users WHERE email = $1)",
      [email],
    );
    expect((await api("POST", "/api/share-links", cookie)).status).toBe(403);
  });
});
