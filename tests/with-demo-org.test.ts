// withDemoOrg opens the tenant transaction only around the data work (docs/architecture.md, "The request
// path"): while a client is still sending its body, its request holds no pooled connection in a
// transaction; once the body has arrived, the route runs its one transaction and the resident exists.
// The route is the real POST /api/residents against the real database; only the next-auth cookie
// decoding is replaced by a signed-in user (route handlers need Next's request scope to read cookies).
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { provisionDemo } from "@/server/demo/provision-demo";
import { getScenario } from "@/server/scenarios/registry";
import type * as TenantModule from "@/server/db/tenant";
import { ownerQuery } from "./support/app";

const state = vi.hoisted(() => ({ sessionUserId: null as string | null, transactionsOpened: 0 }));

vi.mock("@/server/auth/get-session-user", () => ({
  getSessionUser: async () => (state.sessionUserId ? { id: state.sessionUserId } : null),
}));

vi.mock("@/server/db/tenant", async (importOriginal) => {
  const original = await importOriginal<typeof TenantModule>();
  return {
    ...original,
    withTenant: ((...args: Parameters<typeof original.withTenant>) => {
      state.transactionsOpened += 1;
      return original.withTenant(...args);
    }) as typeof original.withTenant,
  };
});

const { POST } = await import("@/app/api/residents/route");

/** A JSON body that arrives in two halves: the second only once `release()` is called. */
function slowBody(body: unknown) {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  const half = Math.floor(bytes.length / 2);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let waiting!: () => void;
  const waitingForRest = new Promise<void>((resolve) => (waiting = resolve));
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      pulls += 1;
      if (pulls === 1) return controller.enqueue(bytes.slice(0, half));
      waiting();
      await released;
      controller.enqueue(bytes.slice(half));
      controller.close();
    },
  });
  return { stream, waitingForRest, release };
}

describe("withDemoOrg and a slow request body", () => {
  it("holds no tenant transaction while the body arrives, then runs one and creates the resident", async () => {
    const email = `slow-body-${randomBytes(5).toString("hex")}@example.com`;
    const demo = await provisionDemo({ email, scenario: getScenario("small-building"), locale: "es" });
    if (!demo.created) throw new Error("expected a new demo");
    const [user] = await ownerQuery<{ id: string }>("SELECT id FROM users WHERE organization_id = $1", [demo.organizationId]);
    const [unit] = await ownerQuery<{ id: string }>("SELECT id FROM units WHERE organization_id = $1 ORDER BY id LIMIT 1", [
      demo.organizationId,
    ]);
    state.sessionUserId = user!.id;
    const residentEmail = `slow-${randomBytes(4).toString("hex")}@example.com`;
    const body = slowBody({ unitId: unit!.id, fullName: "Lucía Cárdenas", email: residentEmail, type: "tenant" });

    const answer = POST(
      new NextRequest("http://app.test/api/residents", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: body.stream,
        duplex: "half",
      } as ConstructorParameters<typeof NextRequest>[1]),
      { params: Promise.resolve({}) },
    );
    await body.waitingForRest;
    // The session and the organization are resolved; the handler is reading the rest of the body.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(state.transactionsOpened).toBe(0);

    body.release();
    const response = await answer;
    expect(response.status).toBe(201);
    expect(state.transactionsOpened).toBe(1);
    const rows = await ownerQuery("SELECT 1 FROM residents WHERE organization_id = $1 AND email = $2", [
      demo.organizationId,
      residentEmail,
    ]);
    expect(rows).toHaveLength(1);
  });
});
