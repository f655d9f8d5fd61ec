// The live assembly contract over HTTP, with real sessions, the real database and the built app: start
// (early start reschedules, idempotent), no closing before the start, voter links signed per unit,
// assembly and demo (a link of demo A cannot reach demo B, a tampered link is refused, a link dies with
// its assembly), one vote per unit and item (a second one updates), proxies that add exactly their
// coefficient to the holder's, proxy limits, the live stream (SSE: retry, Last-Event-ID, an update
// within 2 s), and the minutes as PDF and text with their demo events.
import { describe, expect, it } from "vitest";
import { percentToPpm, ppmToPercent } from "@/lib/governance";
import { secondCallAt } from "@/lib/governance/second-call";
import { appUrl, ownerQuery, requestJson, newSession } from "./support/app";
import { APP_TIME_ZONE } from "@/lib/time-zone";

type ErrorBody = { error: { code: string; message: string } };
type LiveItem = { id: string; yes: number; no: number; abstain: number; votingStatus: string; votes: number };
type Live = { status: string; quorumPercent: number; quorumMet: boolean; presentUnits: number; proxies: number; items: LiveItem[] };
type Link = { unitId: string; unitNumber: string; url: string };

const api = requestJson;

async function session() {
  const { email, cookie, orgId } = await newSession();
  const [scheduled] = await ownerQuery<{ id: string }>("SELECT id FROM assemblies WHERE organization_id = $1 AND status = 'scheduled'", [
    orgId,
  ]);
  return { email, cookie, orgId, assemblyId: scheduled!.id };
}

/** Reads server-sent events for up to `ms`, returning the `data` events and the raw text. */
async function readEvents(path: string, cookie: string, ms: number, headers: Record<string, string> = {}, during?: () => Promise<void>) {
  const controller = new AbortController();
  const res = await fetch(`${appUrl()}${path}`, {
    headers: { cookie, accept: "text/event-stream", ...headers },
    signal: controller.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const stop = setTimeout(() => controller.abort(), ms);
  const action = during?.();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // aborted at the deadline
  } finally {
    clearTimeout(stop);
  }
  await action;
  const events = text
    .split("\n\n")
    .filter((block) => block.includes("data: "))
    .map((block) => ({
      id: /^id: (.+)$/m.exec(block)?.[1],
      data: JSON.parse(/^data: (.+)$/m.exec(block)![1]!) as Live,
      at: 0,
    }));
  return { res, text, events };
}

describe("start and close", () => {
  it("starts early by rescheduling to now, idempotently, and refuses to close an assembly that has not started", async () => {
    const { cookie, assemblyId, orgId, email } = await session();
    const base = `/api/assemblies/${assemblyId}`;
    const tooEarly = await api<ErrorBody>("POST", `${base}/close`, { cookie });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error).toMatchObject({ code: "conflict", message: expect.stringContaining("aún no ha comenzado") });

    const before = Date.now();
    const started = await api<{ status: string; startedAt: string }>("POST", `${base}/start`, {
      cookie,
      body: { presidentName: "Lucía Restrepo" },
    });
    expect(started.status).toBe(200);
    expect(started.body.status).toBe("in_progress");
    expect(Date.parse(started.body.startedAt)).toBeGreaterThanOrEqual(before - 1_000);
    const again = await api<{ startedAt: string }>("POST", `${base}/start`, { cookie });
    expect(again.body.startedAt).toBe(started.body.startedAt);
    const detail = await api<{ status: string; scheduledAt: string; startedAt: string; presidentName: string }>("GET", base, { cookie });
    expect(detail.body).toMatchObject({ status: "in_progress", startedAt: started.body.startedAt, presidentName: "Lucía Restrepo" });
    // It was scheduled two weeks ahead: starting now reschedules it to now.
    expect(detail.body.scheduledAt).toBe(started.body.startedAt);

    const closed = await api<{ assembly: { status: string; minutes: string } }>("POST", `${base}/close`, { cookie });
    expect(closed.status).toBe(200);
    expect(closed.body.assembly.status).toBe("closed");
    expect(closed.body.assembly.minutes).toContain("Presidente de la asamblea: Lucía Restrepo");
    const restart = await api<ErrorBody>("POST", `${base}/start`, { cookie });
    expect(restart.status).toBe(409);

    const events = await ownerQuery<{ type: string; actor: string }>(
      "SELECT type, actor FROM demo_events WHERE organization_id = $1 AND type = 'assembly_started'",
      [orgId],
    );
    expect(events).toEqual([{ type: "assembly_started", actor: email }]);
  });
});

describe("voter links, proxies and the live stream", () => {
  it("vote by unit through signed links, scoped to their demo and assembly, with proxies adding exactly", async () => {
    const [a, b] = await Promise.all([session(), session()]);
    const base = `/api/assemblies/${a.assemblyId}`;
    const links = await api<{ links: Link[] }>("GET", `${base}/voter-links`, { cookie: a.cookie });
    expect(links.status).toBe(200);
    expect(links.body.links).toHaveLength(50);
    for (const link of links.body.links) expect(link.url).toMatch(new RegExp(`^${appUrl()}/vote/[A-Za-z0-9_-]{86}$`));
    const units = await ownerQuery<{ id: string; coefficient: string }>(
      "SELECT id, coefficient::text AS coefficient FROM units WHERE organization_id = $1",
      [a.orgId],
    );
    const coefficientOf = new Map(units.map((u) => [u.id, u.coefficient]));
    const [holder, represented, third, fourth] = links.body.links as [Link, Link, Link, Link];
    const token = (link: Link) => link.url.split("/").at(-1)!;

    // Before the start: the page answers, a vote cannot be cast yet.
    const view = await api<{ unit: { id: string; coefficient: string }; openItems: unknown[] }>("GET", `/api/vote/${token(holder)}`);
    expect(view.status).toBe(200);
    expect(view.body.unit).toEqual(expect.objectContaining({ id: holder.unitId, coefficient: coefficientOf.get(holder.unitId) }));
    expect(view.body.openItems).toEqual([]);

    await api("POST", `${base}/start`, { cookie: a.cookie });
    const detail = await api<{ agenda: { id: string; requiresVote: boolean }[] }>("GET", base, { cookie: a.cookie });
    const item = detail.body.agenda.find((i) => i.requiresVote)!;
    expect((await api("POST", `${base}/items/${item.id}/voting`, { cookie: a.cookie, body: { status: "open" } })).status).toBe(200);

    // A proxy: the represented unit's coefficient adds to the holder's. Limits: not itself, not the administrator.
    const proxy = await api("POST", `${base}/attendance`, {
      cookie: a.cookie,
      body: { unitId: represented.unitId, proxy: { holderUnitId: holder.unitId } },
    });
    expect(proxy.status).toBe(201);
    const self = await api<ErrorBody>("POST", `${base}/attendance`, {
      cookie: a.cookie,
      body: { unitId: third.unitId, proxy: { holderUnitId: third.unitId } },
    });
    expect(self.status).toBe(409);
    const [admin] = await ownerQuery<{ minutes: string }>(
      "SELECT minutes FROM assemblies WHERE organization_id = $1 AND status = 'closed' AND minutes LIKE '%administrador%' LIMIT 1",
      [a.orgId],
    );
    const administrator = /\n(.+) — (?:Secretaria|Secretario|Administradora|Administrador)/.exec(admin!.minutes)![1]!;
    const toAdmin = await api<ErrorBody>("POST", `${base}/attendance`, {
      cookie: a.cookie,
      body: { unitId: third.unitId, proxy: { holderName: administrator.toUpperCase() } },
    });
    expect(toAdmin.status).toBe(409);
    expect(toAdmin.body.error.message).toBe("El administrador no puede recibir poderes de los propietarios.");
    const thirdParty = await api("POST", `/api/vote/${token(fourth)}/attendance`, { body: { proxy: { holderName: "Mariana Ospina" } } });
    expect(thirdParty.status).toBe(201);

    // The holder votes through their link, twice: one row per unit, updated, for both units.
    const yes = await api<{ created: boolean; unitIds: string[] }>("POST", `/api/vote/${token(holder)}/votes`, {
      body: { agendaItemId: item.id, choice: "yes" },
    });
    expect(yes.status).toBe(201);
    expect(yes.body.unitIds.sort()).toEqual([holder.unitId, represented.unitId].sort());
    const no = await api<{ created: boolean }>("POST", `/api/vote/${token(holder)}/votes`, {
      body: { agendaItemId: item.id, choice: "no" },
    });
    expect(no.status).toBe(200);
    const rows = await ownerQuery<{ unit_id: string; choice: string }>(
      "SELECT unit_id, choice::text FROM votes WHERE agenda_item_id = $1",
      [item.id],
    );
    expect(rows.map((r) => r.choice)).toEqual(["no", "no"]);
    // The represented unit's own link cannot vote over its holder.
    const overHolder = await api<ErrorBody>("POST", `/api/vote/${token(represented)}/votes`, {
      body: { agendaItemId: item.id, choice: "yes" },
    });
    expect(overHolder.status).toBe(409);

    // The live stream: exact sums, retry, and Last-Event-ID.
    const first = await readEvents(`${base}/live`, a.cookie, 1_500);
    expect(first.res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(first.text).toMatch(/^retry: \d+\n\n/);
    const summary = first.events[0]!.data;
    const noPpm = percentToPpm(coefficientOf.get(holder.unitId)!) + percentToPpm(coefficientOf.get(represented.unitId)!);
    expect(summary).toMatchObject({ status: "in_progress", presentUnits: 3, proxies: 2 });
    const liveItem = summary.items.find((i) => i.id === item.id)!;
    expect(liveItem).toMatchObject({ yes: 0, abstain: 0, votes: 2, votingStatus: "open" });
    expect(ppmToPercent(Math.round(liveItem.no * 10_000))).toBe(ppmToPercent(noPpm));
    const presentPpm = noPpm + percentToPpm(coefficientOf.get(fourth.unitId)!);
    expect(Math.round(summary.quorumPercent * 10_000)).toBe(presentPpm);

    // A client that does not ask for an event stream gets the current event once, and the response ends.
    const oneShot = await fetch(`${appUrl()}${base}/live`, { headers: { cookie: a.cookie } });
    expect(await oneShot.text()).toContain(`id: ${first.events[0]!.id}\n`);

    // Resuming with the last id sends nothing until something changes; a vote shows within 2 s.
    const resumed = await readEvents(`${base}/live`, a.cookie, 3_500, { "last-event-id": first.events[0]!.id! }, async () => {
      await new Promise((r) => setTimeout(r, 1_000));
      await api("POST", `/api/vote/${token(third)}/votes`, { body: { agendaItemId: item.id, choice: "abstain" } });
    });
    expect(resumed.events).toHaveLength(1);
    expect(resumed.events[0]!.data.presentUnits).toBe(4);
    expect(resumed.events[0]!.data.items.find((i) => i.id === item.id)!.abstain).toBeGreaterThan(0);

    // A link of demo A cannot reach demo B: B's item is not found, and a token edited to name B fails its signature.
    await api("POST", `/api/assemblies/${b.assemblyId}/start`, { cookie: b.cookie });
    const bDetail = await api<{ agenda: { id: string; requiresVote: boolean }[] }>("GET", `/api/assemblies/${b.assemblyId}`, {
      cookie: b.cookie,
    });
    const bItem = bDetail.body.agenda.find((i) => i.requiresVote)!;
    await api("POST", `/api/assemblies/${b.assemblyId}/items/${bItem.id}/voting`, { cookie: b.cookie, body: { status: "open" } });
    const crossed = await api<ErrorBody>("POST", `/api/vote/${token(third)}/votes`, { body: { agendaItemId: bItem.id, choice: "yes" } });
    expect(crossed.status).toBe(404);
    const bytes = Buffer.from(token(third), "base64url");
    Buffer.from(b.orgId.replaceAll("-", ""), "hex").copy(bytes, 0);
    Buffer.from(b.assemblyId.replaceAll("-", ""), "hex").copy(bytes, 16);
    const forged = await api<ErrorBody>("POST", `/api/vote/${bytes.toString("base64url")}/votes`, {
      body: { agendaItemId: bItem.id, choice: "yes" },
    });
    expect(forged.status).toBe(404);
    expect(forged.body.error.code).toBe("not_found");
    expect(await ownerQuery("SELECT 1 FROM votes WHERE agenda_item_id = $1", [bItem.id])).toEqual([]);
    expect((await api("GET", `/api/assemblies/${a.assemblyId}/voter-links`, { cookie: b.cookie })).status).toBe(404);

    // Closing kills the links and writes the minutes, downloadable as PDF and text.
    const closed = await api<{ assembly: { minutes: string } }>("POST", `${base}/close`, { cookie: a.cookie });
    expect(closed.status).toBe(200);
    expect(closed.body.assembly.minutes).toContain("representada mediante poder por Mariana Ospina");
    const dead = await api<ErrorBody>("POST", `/api/vote/${token(holder)}/votes`, { body: { agendaItemId: item.id, choice: "yes" } });
    expect(dead.status).toBe(410);
    expect(dead.body.error.code).toBe("gone");
    expect((await api("GET", `/api/vote/${token(holder)}`)).status).toBe(410);

    const pdf = await fetch(`${appUrl()}${base}/minutes.pdf`, { headers: { cookie: a.cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const txt = await fetch(`${appUrl()}${base}/minutes.txt`, { headers: { cookie: a.cookie } });
    expect(await txt.text()).toBe(closed.body.assembly.minutes);
    const downloads = await ownerQuery<{ format: string }>(
      "SELECT data->>'format' AS format FROM demo_events WHERE organization_id = $1 AND type = 'minutes_downloaded' ORDER BY id",
      [a.orgId],
    );
    expect(downloads).toEqual([{ format: "pdf" }, { format: "txt" }]);
  });
});

describe("second call (Ley 675 de 2001 art. 41)", () => {
  it("convenes, once and without a credit, the second call of a first call closed without quorum, which meets with any plural number", async () => {
    const { cookie, assemblyId, orgId } = await session();
    const early = await api<ErrorBody>("POST", `/api/assemblies/${assemblyId}/second-call`, { cookie });
    expect(early.status).toBe(409);
    const started = await api<{ startedAt: string }>("POST", `/api/assemblies/${assemblyId}/start`, { cookie });
    await api("POST", `/api/assemblies/${assemblyId}/close`, { cookie });

    const second = await api<{ assembly: { id: string; call: string; status: string; scheduledAt: string; agenda: unknown[] } }>(
      "POST",
      `/api/assemblies/${assemblyId}/second-call`,
      { cookie },
    );
    expect(second.status).toBe(201);
    expect(second.body.assembly).toMatchObject({ call: "second", status: "scheduled" });
    expect(second.body.assembly.scheduledAt).toBe(secondCallAt(new Date(started.body.startedAt)).toISOString());
    expect(new Date(second.body.assembly.scheduledAt).toLocaleTimeString("en-US", { timeZone: APP_TIME_ZONE })).toBe("8:00:00 PM");
    const again = await api<{ assembly: { id: string } }>("POST", `/api/assemblies/${assemblyId}/second-call`, { cookie });
    expect(again.status).toBe(200);
    expect(again.body.assembly.id).toBe(second.body.assembly.id);
    const [credits] = await ownerQuery<{ assembly_credits: number }>("SELECT assembly_credits FROM organizations WHERE id = $1", [orgId]);
    expect(credits!.assembly_credits).toBe(1);

    // Two small units are a quorum on a second call, though far from half of the coefficients.
    const base = `/api/assemblies/${second.body.assembly.id}`;
    await api("POST", `${base}/start`, { cookie });
    const units = await ownerQuery<{ id: string }>("SELECT id FROM units WHERE organization_id = $1 ORDER BY coefficient LIMIT 2", [orgId]);
    await api("POST", `${base}/attendance`, { cookie, body: { registrations: units.map((u) => ({ unitId: u.id })) } });
    const live = await readEvents(`${base}/live`, cookie, 1_200);
    expect(live.events[0]!.data).toMatchObject({ presentUnits: 2, quorumMet: true });
    expect(live.events[0]!.data.quorumPercent).toBeLessThan(10);
  });
});
