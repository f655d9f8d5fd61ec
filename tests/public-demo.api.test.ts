// The read-only public demo (docs/rules.md#tenancy-and-isolation): visitors without an account see the QA content; nothing can
// be written without a session of one's own demo.
import { describe, expect, it } from "vitest";
import { appUrl } from "./support/app";

describe("public read-only demo", () => {
  it("shows the shared QA demo, marked read-only, to a visitor without a session", async () => {
    const res = await fetch(`${appUrl()}/demo`, { headers: { "accept-language": "es-CO" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Demo - P.H. Urban Tower");
    expect(html).toContain("SOLO LECTURA");
    expect(html).toContain("Crear mi demo privado");
  });

  it("refuses tenant APIs without a session with 401 and says the public demo is read-only", async () => {
    const res = await fetch(`${appUrl()}/api/dashboard/overview`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/solo lectura/);
  });
});
