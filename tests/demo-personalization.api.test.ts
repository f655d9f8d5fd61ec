// `building_name` and `unit_count` on POST /api/demo/request: validation, the demo's name and size,
// and the same scenario content whatever the name (real app and database).
import { describe, expect, it } from "vitest";
import { ownerQuery, postJson, randomEmail } from "./support/app";

type Demo = { org_id: string; name: string; scenario: string; units: number; user_name: string | null };

async function demoOf(email: string): Promise<Demo | undefined> {
  const [row] = await ownerQuery<Demo>(
    `SELECT o.id AS org_id, o.name, o.scenario, u.name AS user_name,
            (SELECT count(*)::int FROM units WHERE organization_id = o.id) AS units
     FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.email = $1`,
    [email],
  );
  return row;
}

async function request(body: Record<string, unknown>) {
  const email = randomEmail("building");
  const res = await postJson("/api/demo/request", { email, profile: "admin_ph", ...body });
  return { email, res, body: (await res.json()) as { error?: { code: string; message: string; fields?: Record<string, string[]> } } };
}

describe("building_name and unit_count", () => {
  it("name the organization after the building and pick the scenario closest in size", async () => {
    const { email, res } = await request({ name: "Carolina", building_name: "  Torres del Parque ", unit_count: 10 });
    expect(res.status).toBe(201);
    expect(await demoOf(email)).toMatchObject({
      name: "P.H. Torres del Parque",
      scenario: "small-building",
      units: 12,
      user_name: "Carolina",
    });
    // Sales sees what the prospect said about the building on the lead.
    const [lead] = await ownerQuery<{ building_name: string | null; unit_count: number | null }>(
      "SELECT building_name, unit_count FROM platform_leads WHERE email = $1",
      [email],
    );
    expect(lead).toEqual({ building_name: "Torres del Parque", unit_count: 10 });
  });

  it.each([
    [30, "small-building"],
    [32, "urban-tower"],
    [175, "urban-tower"],
    [176, "residential-complex"],
  ])("%i units → %s", async (unitCount, scenario) => {
    const { email, res } = await request({ unit_count: unitCount });
    expect(res.status).toBe(201);
    expect((await demoOf(email))?.scenario).toBe(scenario);
  });

  it("keep a P.H. prefix the person typed instead of doubling it", async () => {
    for (const typed of ["P.H. Altos del Río", "PH Altos del Río", "p.h. Altos del Río", "Altos del Río P.H."]) {
      const { email, res } = await request({ building_name: typed });
      expect(res.status).toBe(201);
      expect((await demoOf(email))?.name).toBe(typed);
    }
    const { email } = await request({ building_name: "Phoenix" });
    expect((await demoOf(email))?.name).toBe("P.H. Phoenix");
  });

  it("leave an explicit scenario alone", async () => {
    const { email, res } = await request({ scenario: "urban-tower", unit_count: 8 });
    expect(res.status).toBe(201);
    expect((await demoOf(email))?.scenario).toBe("urban-tower");
  });

  it("change only the name: the units are the scenario's own, as in an unnamed demo", async () => {
    const named = await request({ building_name: "Torres del Parque", scenario: "small-building" });
    const plain = await request({ scenario: "small-building" });
    expect([named.res.status, plain.res.status]).toEqual([201, 201]);
    const units = async (email: string) =>
      ownerQuery<{ tower: string | null; number: string; coefficient: string }>(
        "SELECT tower, number, coefficient::text FROM units WHERE organization_id = (SELECT organization_id FROM users WHERE email = $1) ORDER BY tower, number",
        [email],
      );
    const [a, b] = await Promise.all([units(named.email), units(plain.email)]);
    expect(a).toHaveLength(12);
    expect(a).toEqual(b);
  });

  it("absent, keep today's demo: P.H. Urban Tower with 50 units", async () => {
    const { email, res } = await request({});
    expect(res.status).toBe(201);
    expect(await demoOf(email)).toMatchObject({ name: "P.H. Urban Tower", scenario: "urban-tower", units: 50 });
  });

  it.each([
    ["building_name", "x".repeat(81)],
    ["building_name", "Torre\u0000Norte"],
    ["building_name", 42],
    ["unit_count", 3],
    ["unit_count", 601],
    ["unit_count", 40.5],
    ["unit_count", "40"],
  ])("refuse %s = %j with a 400 naming the field, and create nothing", async (field, value) => {
    const { email, res, body } = await request({ [field]: value });
    expect(res.status).toBe(400);
    expect(body.error?.code).toBe("validation_failed");
    expect(Object.keys(body.error?.fields ?? {})).toEqual([field]);
    expect(await demoOf(email)).toBeUndefined();
  });
});
