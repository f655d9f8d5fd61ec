// MAX_ACTIVE_DEMOS (docs/rules.md#demo-request), through the demo request's server function with the cap as a
// parameter (the running app's environment cannot change per test): at the cap no demo is created, the
// caller gets 503 with Retry-After and a clear message, the lead is kept at demo_requested, and a
// "cap_hit" event is recorded for the console. Without a cap nothing changes.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { demoRequestSchema } from "@/lib/validation";
import { requestDemo } from "@/server/demo/request-demo";
import { provisionDemo } from "@/server/demo/provision-demo";
import { AppError } from "@/server/http/app-error";
import { errorMessage } from "@/server/http/error-message";
import { getScenario } from "@/server/scenarios/registry";
import { ownerQuery, randomIp } from "./support/app";

const freshEmail = () => `capped-${randomBytes(5).toString("hex")}@example.com`;

/** `requestDemo` as the route calls it, for a body, with the cap as a parameter. */
function request(body: { email: string; profile: string; locale?: "es" | "en" }, maxActiveDemos: number | null) {
  return requestDemo({ ...demoRequestSchema.parse(body), ip: randomIp(), locale: body.locale ?? "es", maxActiveDemos });
}

async function ensureOneActiveDemo(): Promise<void> {
  await provisionDemo({ email: freshEmail(), scenario: getScenario("small-building") });
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("MAX_ACTIVE_DEMOS", () => {
  it("answers 503 with Retry-After at the cap, keeps the lead and records a cap_hit", async () => {
    await ensureOneActiveDemo();
    const email = freshEmail();
    const error = await refusal(request({ email, profile: "admin_ph" }, 1));
    expect(error.code).toBe("demo_cap_reached");
    expect(error.publicCode).toBe("service_unavailable");
    expect(error.status).toBe(503);
    expect(error.retryAfterSeconds).toBe(3600);
    expect(errorMessage(error, "es")).toBe(
      "En este momento tenemos el máximo de demos activos. Guardamos tus datos: intenta de nuevo en una hora o escribe a soporte.",
    );

    expect(await ownerQuery("SELECT 1 FROM users WHERE email = $1", [email])).toHaveLength(0);
    const [lead] = await ownerQuery<{ funnel_stage: string; organization_id: string | null }>(
      "SELECT funnel_stage, organization_id FROM platform_leads WHERE email = $1",
      [email],
    );
    expect(lead).toEqual({ funnel_stage: "demo_requested", organization_id: null });
    const hits = await ownerQuery<{ organization_id: string | null; data: { email: string; max: number } }>(
      "SELECT organization_id, data FROM demo_events WHERE type = 'cap_hit' AND data->>'email' = $1",
      [email],
    );
    expect(hits).toEqual([{ organization_id: null, data: { email, max: 1 } }]);
    // The lead reached the CRM outbox anyway, once.
    expect(
      await ownerQuery("SELECT 1 FROM outbox_events WHERE event_type = 'lead.captured' AND payload->>'email' = $1", [email]),
    ).toHaveLength(1);
  });

  it("says it in English for an English request (worded at the HTTP boundary)", async () => {
    await ensureOneActiveDemo();
    const error = await refusal(request({ email: freshEmail(), profile: "demo_only", locale: "en" }, 1));
    expect(errorMessage(error, "en")).toBe(
      "We have the maximum number of active demos right now. We saved your details: try again in an hour or contact support.",
    );
  });

  it("creates the demo below the cap or without one, and lead-only profiles are never capped", async () => {
    const below = await request({ email: freshEmail(), profile: "admin_ph", locale: "es" }, 1_000_000);
    expect(below.status).toBe(201);
    expect(below.deliver).toBeTypeOf("function");
    const uncapped = await request({ email: freshEmail(), profile: "admin_ph", locale: "es" }, null);
    expect(uncapped.status).toBe(201);
    const leadOnly = await request({ email: freshEmail(), profile: "sales", locale: "es" }, 1);
    expect(leadOnly.status).toBe(200);
  });

  it("still answers already_exists to a prospect who has a demo, even at the cap", async () => {
    const email = freshEmail();
    await provisionDemo({ email, scenario: getScenario("small-building") });
    const again = await request({ email, profile: "admin_ph" }, 1);
    expect(again).toMatchObject({ status: 200, body: { already_exists: true } });
  });
});
