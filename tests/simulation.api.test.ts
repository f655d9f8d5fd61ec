// POST/DELETE /api/assemblies/{id}/simulate over HTTP (docs/simulation.md): 202 and the assembly in progress;
// after its duration the live stream — which writes what is due as it reads — shows quorum and every item
// voted; 400 for a bad duration, 404 for another demo's assembly, 409 once closed; DELETE stops it.
import { describe, expect, it } from "vitest";
import { appUrl, createDemo, login, ownerQuery } from "./support/app";

async function call(method: "POST" | "DELETE", path: string, cookie: string, body?: unknown) {
  const res = await fetch(`${appUrl()}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { simulation?: Record<string, unknown>; error?: { code: string } } };
}

/** The first summary the live stream sends. */
async function firstLiveSummary(assemblyId: string, cookie: string): Promise<Record<string, unknown>> {
  const controller = new AbortController();
  const res = await fetch(`${appUrl()}/api/assemblies/${assemblyId}/live`, { headers: { cookie }, signal: controller.signal });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      const match = /\ndata: (.+)\n/.exec(text);
      if (match) return JSON.parse(match[1]!) as Record<string, unknown>;
    }
  } finally {
    controller.abort();
  }
  throw new Error(`no summary in ${text}`);
}

async function session() {
  const email = await createDemo();
  const cookie = await login(email);
  const rows = await ownerQuery<{ id: string; status: string }>(
    `SELECT a.id, a.status::text AS status FROM assemblies a JOIN users u ON u.organization_id = a.organization_id WHERE u.email = $1`,
    [email],
  );
  return { cookie, scheduled: rows.find((r) => r.status === "scheduled")!.id, closed: rows.find((r) => r.status === "closed")!.id };
}

describe("simulate API", () => {
  it("answers 202, runs from its stored start, and after its duration the live summary has quorum and every item voted", async () => {
    const a = await session();
    const started = await call("POST", `/api/assemblies/${a.scheduled}/simulate`, a.cookie, { durationSeconds: 10, seed: 2001 });
    expect(started.status).toBe(202);
    expect(started.body.simulation).toMatchObject({ status: "in_progress", seed: 2001, durationSeconds: 10, running: true });
    // Again while running: the same simulation, not a second one.
    const again = await call("POST", `/api/assemblies/${a.scheduled}/simulate`, a.cookie, {});
    expect(again.status).toBe(202);
    expect(again.body.simulation).toMatchObject({ seed: 2001, startedAt: started.body.simulation!.startedAt });

    await new Promise((resolve) => setTimeout(resolve, 10_500));
    const live = (await firstLiveSummary(a.scheduled, a.cookie)) as {
      status: string;
      quorumMet: boolean;
      quorumPercent: number;
      items: { requiresVote: boolean; majority: string; votes: number; passed: boolean; votingStatus: string }[];
    };
    expect(live.status).toBe("in_progress");
    expect(live.quorumMet).toBe(true);
    expect(live.quorumPercent).toBeGreaterThan(50);
    const voted = live.items.filter((i) => i.requiresVote);
    expect(voted.every((i) => i.votes > 0 && i.votingStatus === "closed")).toBe(true);
    expect(voted.find((i) => i.majority === "qualified")!.passed).toBe(false);

    const stopped = await call("DELETE", `/api/assemblies/${a.scheduled}/simulate`, a.cookie);
    expect(stopped.status).toBe(200);
    expect(stopped.body.simulation).toMatchObject({ running: false });
  }, 60_000);

  it("answers 400 for a bad duration, 404 for another demo's assembly, 409 for a closed one, 401 without a session", async () => {
    const [a, b] = await Promise.all([session(), session()]);
    for (const body of [{ durationSeconds: 5 }, { durationSeconds: 1801 }, { durationSeconds: 12.5 }, { seed: -1 }, { stop: false }]) {
      expect((await call("POST", `/api/assemblies/${a.scheduled}/simulate`, a.cookie, body)).status, JSON.stringify(body)).toBe(400);
    }
    const foreign = await call("POST", `/api/assemblies/${b.scheduled}/simulate`, a.cookie, { durationSeconds: 10 });
    expect(foreign.status).toBe(404);
    expect((await call("DELETE", `/api/assemblies/${b.scheduled}/simulate`, a.cookie)).status).toBe(404);
    const [untouched] = await ownerQuery<{ status: string }>("SELECT status::text AS status FROM assemblies WHERE id = $1", [b.scheduled]);
    expect(untouched!.status).toBe("scheduled");
    const closed = await call("POST", `/api/assemblies/${a.closed}/simulate`, a.cookie, { durationSeconds: 10 });
    expect(closed.status).toBe(409);
    const anonymous = await fetch(`${appUrl()}/api/assemblies/${a.scheduled}/simulate`, { method: "POST" });
    expect(anonymous.status).toBe(401);
  });
});
