// Units, residents and settings APIs over HTTP, with real sessions and the real database: search,
// filters and pages; resident writes and their rules; settings; feature-use events; and tenant
// isolation — another demo's ids answer 404 exactly like unknown or malformed ones, and its rows stay
// untouched.
import { describe, expect, it } from "vitest";
import { ownerQuery, randomEmail, request, newSession, type Session } from "./support/app";

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };
type UnitItem = {
  id: string;
  tower: string;
  floor: number;
  number: string;
  areaM2: string;
  coefficient: string;
  duesStatus: string;
  monthlyFee: number;
  residents: { id: string; fullName: string; type: string }[];
};
type UnitList = { items: UnitItem[]; total: number; page: number; pageSize: number; towers: string[] };
type UnitDetail = Omit<UnitItem, "residents"> & {
  residents: { id: string; fullName: string; email: string; phone: string | null; type: string }[];
  attendanceCount: number;
  closedAssemblyCount: number;
};
type Resident = { id: string; unitId: string; fullName: string; email: string; phone: string | null; type: string; createdAt: string };

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

const api = request;

async function json<T>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

/** Adds a resident through the API as the session `cookie`; expects 201. @returns the created resident. */
const addResident = async (cookie: string, body: Record<string, unknown>) =>
  json<Resident>(await api("POST", "/api/residents", { cookie, body }), 201);
const listUnits = async (s: Session, query = "") => json<UnitList>(await api("GET", `/api/units${query}`, { cookie: s.cookie }), 200);

/** A unit of `orgId` with exactly one resident (its owner), and that owner. */
async function soloOwnerUnit(orgId: string) {
  const [row] = await ownerQuery<{ unit_id: string; resident_id: string; email: string; full_name: string }>(
    `SELECT u.id AS unit_id, r.id AS resident_id, r.email, r.full_name FROM units u JOIN residents r ON r.unit_id = u.id
     WHERE u.organization_id = $1 AND (SELECT count(*) FROM residents x WHERE x.unit_id = u.id) = 1
     ORDER BY u.number LIMIT 1`,
    [orgId],
  );
  return row!;
}

const residentRow = async (id: string) => (await ownerQuery("SELECT * FROM residents WHERE id = $1", [id]))[0];
const featureEvents = (orgId: string) =>
  ownerQuery<{ actor: string; feature: string }>(
    "SELECT actor, data->>'feature' AS feature FROM demo_events WHERE organization_id = $1 AND type = 'feature_used' ORDER BY id",
    [orgId],
  );

describe("without a session", () => {
  it("every units, residents and settings route answers 401", async () => {
    const calls: [string, string, unknown?][] = [
      ["GET", "/api/units"],
      ["GET", `/api/units/${UNKNOWN_ID}`],
      ["POST", "/api/residents", { unitId: UNKNOWN_ID, fullName: "Ana Ruiz", email: "ana@example.com", type: "owner" }],
      ["PATCH", `/api/residents/${UNKNOWN_ID}`, { fullName: "Ana Ruiz" }],
      ["DELETE", `/api/residents/${UNKNOWN_ID}`],
      ["GET", "/api/settings"],
      ["PATCH", "/api/settings", { name: "Hack" }],
    ];
    for (const [method, path, body] of calls) {
      const res = await api(method, path, { body });
      expect((await json<ErrorBody>(res, 401)).error.code, `${method} ${path}`).toBe("unauthorized");
    }
  });
});

describe("GET /api/units", () => {
  it("pages the organization's units in (tower, floor, number) order with their residents and the tower list", async () => {
    const s = await newSession();
    const first = await listUnits(s);
    expect(first).toMatchObject({ total: 50, page: 1, pageSize: 20, towers: ["Torre A"] });
    expect(first.items).toHaveLength(20);
    const unit = first.items[0]!;
    expect(unit).toMatchObject({ tower: "Torre A", floor: 1, number: "101" });
    expect(unit.areaM2).toMatch(/^\d+(\.\d+)?$/);
    expect(unit.coefficient).toMatch(/^\d+(\.\d+)?$/);
    expect(Number.isInteger(unit.monthlyFee) && unit.monthlyFee > 0).toBe(true);
    expect(["up_to_date", "in_arrears"]).toContain(unit.duesStatus);
    for (const u of first.items) expect(u.residents.filter((r) => r.type === "owner").length).toBeGreaterThanOrEqual(1);
    expect(unit.residents[0]!.type).toBe("owner");

    const all = await listUnits(s, "?pageSize=100");
    expect(all.items).toHaveLength(50);
    const keys = all.items.map((u) => [u.tower, u.floor, u.number] as const);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1] || a[2].localeCompare(b[2]));
    expect(keys).toEqual(sorted);
    expect(all.items.slice(0, 20).map((u) => u.id)).toEqual(first.items.map((u) => u.id));

    const third = await listUnits(s, "?page=3");
    expect(third.items.map((u) => u.id)).toEqual(all.items.slice(40).map((u) => u.id));
    const beyond = await listUnits(s, "?page=9");
    expect(beyond).toMatchObject({ total: 50, page: 9, items: [] });

    const [db] = await ownerQuery<{ units: number; residents: number }>(
      "SELECT (SELECT count(*)::int FROM units WHERE organization_id = $1) AS units, (SELECT count(*)::int FROM residents WHERE organization_id = $1) AS residents",
      [s.orgId],
    );
    expect(db).toEqual({ units: 50, residents: all.items.reduce((n, u) => n + u.residents.length, 0) });
  });

  it("filters by dues status and tower, and searches unit numbers, resident names and emails case-insensitively", async () => {
    const s = await newSession();
    const [arrears] = await ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM units WHERE organization_id = $1 AND dues_status = 'in_arrears'",
      [s.orgId],
    );
    const inArrears = await listUnits(s, "?dues=in_arrears&pageSize=100");
    expect(inArrears.total).toBe(arrears!.n);
    expect(inArrears.total).toBeGreaterThan(0);
    expect(inArrears.items.every((u) => u.duesStatus === "in_arrears")).toBe(true);
    expect((await listUnits(s, "?dues=up_to_date")).total).toBe(50 - arrears!.n);
    expect((await listUnits(s, "?tower=Torre%20A")).total).toBe(50);
    expect(await listUnits(s, "?tower=Torre%20Z")).toMatchObject({ total: 0, items: [], towers: ["Torre A"] });

    const byNumber = await listUnits(s, "?q=305");
    expect(byNumber.items.map((u) => u.number)).toContain("305");

    // An ASCII name: case folding of accented letters depends on the database's locale, not on the API.
    const [resident] = await ownerQuery<{ full_name: string; email: string; number: string }>(
      `SELECT r.full_name, r.email, u.number FROM residents r JOIN units u ON u.id = r.unit_id
       WHERE r.organization_id = $1 AND r.full_name ~ '^[A-Za-z ]+$' ORDER BY r.full_name LIMIT 1`,
      [s.orgId],
    );
    const byName = await listUnits(s, `?q=${encodeURIComponent(` ${resident!.full_name.toUpperCase()} `)}`);
    expect(byName.items.map((u) => u.number)).toContain(resident!.number);
    expect(byName.items.every((u) => u.residents.some((r) => r.fullName.toLowerCase().includes(resident!.full_name.toLowerCase())))).toBe(
      true,
    );
    const byEmail = await listUnits(s, `?q=${encodeURIComponent(resident!.email.split("@")[0]!)}`);
    expect(byEmail.items.map((u) => u.number)).toContain(resident!.number);

    // Search text is literal: LIKE wildcards match only themselves.
    expect((await listUnits(s, "?q=%25")).total).toBe(0);
    const unit = (await listUnits(s, "?q=101")).items.find((u) => u.number === "101")!;
    const created = await api("POST", "/api/residents", {
      cookie: s.cookie,
      body: { unitId: unit.id, fullName: "Socio 100% Ruiz", email: randomEmail("socio"), type: "tenant" },
    });
    expect(created.status).toBe(201);
    expect((await listUnits(s, "?q=%25")).items.map((u) => u.id)).toEqual([unit.id]);
    expect((await listUnits(s, "?q=100%25%20ruiz&dues=" + unit.duesStatus)).items.map((u) => u.id)).toEqual([unit.id]);
  });

  it("answers 400 with fields for invalid query values", async () => {
    const s = await newSession();
    const cases: [string, string][] = [
      ["?pageSize=101", "pageSize"],
      ["?pageSize=0", "pageSize"],
      ["?page=0", "page"],
      ["?page=abc", "page"],
      ["?page=1.5", "page"],
      ["?dues=late", "dues"],
      [`?q=${"x".repeat(101)}`, "q"],
    ];
    for (const [query, field] of cases) {
      const body = await json<ErrorBody>(await api("GET", `/api/units${query}`, { cookie: s.cookie }), 400);
      expect(body.error.code, query).toBe("validation_failed");
      expect(Object.keys(body.error.fields ?? {}), query).toEqual([field]);
    }
    // Blank values count as absent.
    expect(await listUnits(s, "?q=&tower=&dues=&page=&pageSize=")).toMatchObject({ total: 50, page: 1, pageSize: 20 });
  });
});

describe("GET /api/units/[unitId]", () => {
  it("returns the unit with all its residents and its attendance in closed assemblies", async () => {
    const s = await newSession();
    const [row] = await ownerQuery<{ id: string; attended: number; closed: number }>(
      `SELECT u.id,
         (SELECT count(*)::int FROM attendance a JOIN assemblies s ON s.id = a.assembly_id WHERE a.unit_id = u.id AND s.status = 'closed') AS attended,
         (SELECT count(*)::int FROM assemblies s WHERE s.organization_id = u.organization_id AND s.status = 'closed') AS closed
       FROM units u WHERE u.organization_id = $1 AND EXISTS (SELECT 1 FROM residents r WHERE r.unit_id = u.id AND r.type = 'tenant')
       ORDER BY attended DESC LIMIT 1`,
      [s.orgId],
    );
    const unit = await json<UnitDetail>(await api("GET", `/api/units/${row!.id}`, { cookie: s.cookie }), 200);
    expect(unit).toMatchObject({ id: row!.id, tower: "Torre A", attendanceCount: row!.attended, closedAssemblyCount: row!.closed });
    expect(row!.attended).toBeGreaterThan(0);
    const residents = await ownerQuery<{ id: string; full_name: string; email: string; phone: string | null; type: string }>(
      "SELECT id, full_name, email, phone, type::text FROM residents WHERE unit_id = $1",
      [row!.id],
    );
    expect(unit.residents.map((r) => r.type)).toEqual(["owner", "tenant"]);
    expect(unit.residents).toEqual(
      expect.arrayContaining(residents.map((r) => ({ id: r.id, fullName: r.full_name, email: r.email, phone: r.phone, type: r.type }))),
    );
    expect(unit.residents).toHaveLength(residents.length);
  });

  it("answers the same 404 for a malformed id, an unknown id and another demo's unit", async () => {
    const [a, b] = await Promise.all([newSession(), newSession()]);
    const bUnit = (await listUnits(b)).items[0]!;
    const bodies: unknown[] = [];
    for (const id of ["not-a-uuid", "123", UNKNOWN_ID, bUnit.id, bUnit.id.toUpperCase()]) {
      bodies.push(await json(await api("GET", `/api/units/${id}`, { cookie: a.cookie }), 404));
    }
    expect(bodies[0]).toEqual({ error: { code: "not_found", message: "No encontramos esa unidad." } });
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    const en = await json<ErrorBody>(await api("GET", `/api/units/${bUnit.id}`, { cookie: `${a.cookie}; locale=en` }), 404);
    expect(en.error.message).toBe("We couldn't find that unit.");
    // B still sees its own unit.
    expect((await json<UnitDetail>(await api("GET", `/api/units/${bUnit.id}`, { cookie: b.cookie }), 200)).id).toBe(bUnit.id);
  });
});

describe("POST /api/residents", () => {
  it("adds a resident to a unit (normalized email, feature event) and the unit shows it", async () => {
    const s = await newSession();
    const unit = await soloOwnerUnit(s.orgId);
    const email = randomEmail("Nueva").toUpperCase();
    const created = await json<Resident>(
      await api("POST", "/api/residents", {
        cookie: s.cookie,
        body: {
          unitId: unit.unit_id.toUpperCase(),
          fullName: "  María José Pérez  ",
          email: ` ${email} `,
          phone: "+57 310 555 0101",
          type: "tenant",
        },
      }),
      201,
    );
    expect(created).toMatchObject({
      unitId: unit.unit_id,
      fullName: "María José Pérez",
      email: email.toLowerCase(),
      phone: "+57 310 555 0101",
      type: "tenant",
    });
    expect(await residentRow(created.id)).toMatchObject({
      organization_id: s.orgId,
      unit_id: unit.unit_id,
      full_name: "María José Pérez",
      email: email.toLowerCase(),
      phone: "+57 310 555 0101",
      type: "tenant",
    });
    expect(await featureEvents(s.orgId)).toEqual([{ actor: s.email, feature: "create_resident" }]);

    const detail = await json<UnitDetail>(await api("GET", `/api/units/${unit.unit_id}`, { cookie: s.cookie }), 200);
    expect(detail.residents.map((r) => r.id)).toEqual([unit.resident_id, created.id]);

    // A second owner without a phone; reserved or real email domains are both accepted.
    const owner = await addResident(s.cookie, { unitId: unit.unit_id, fullName: "Jo", email: "jo.owner@gmail.com", type: "owner" });
    expect(owner).toMatchObject({ phone: null, type: "owner", email: "jo.owner@gmail.com" });
  });

  it("answers 400 with fields for invalid bodies and writes nothing", async () => {
    const s = await newSession();
    const unit = await soloOwnerUnit(s.orgId);
    const valid = { unitId: unit.unit_id, fullName: "Ana Ruiz", email: randomEmail(), type: "owner" };
    const cases: [unknown, string[]][] = [
      [{}, ["unitId", "fullName", "email", "type"]],
      [{ ...valid, unitId: "abc" }, ["unitId"]],
      [{ ...valid, fullName: "A" }, ["fullName"]],
      [{ ...valid, fullName: "x".repeat(121) }, ["fullName"]],
      [{ ...valid, email: "not-an-email" }, ["email"]],
      [{ ...valid, phone: "call me" }, ["phone"]],
      [{ ...valid, phone: "12345" }, ["phone"]],
      [{ ...valid, type: "landlord" }, ["type"]],
    ];
    for (const [body, fields] of cases) {
      const res = await json<ErrorBody>(await api("POST", "/api/residents", { cookie: s.cookie, body }), 400);
      expect(res.error.code).toBe("validation_failed");
      expect(Object.keys(res.error.fields ?? {}).sort(), JSON.stringify(body)).toEqual([...fields].sort());
    }
    expect((await json<ErrorBody>(await api("POST", "/api/residents", { cookie: s.cookie, body: "{oops" }), 400)).error.code).toBe(
      "invalid_json",
    );
    const [count] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM residents WHERE unit_id = $1", [unit.unit_id]);
    expect(count!.n).toBe(1);
    expect(await featureEvents(s.orgId)).toEqual([]);
  });

  it("answers 404 for an unknown unit or another demo's unit, and writes nothing there", async () => {
    const [a, b] = await Promise.all([newSession(), newSession()]);
    const bUnit = await soloOwnerUnit(b.orgId);
    const body = (unitId: string) => ({ unitId, fullName: "Intruso", email: randomEmail("intruso"), type: "owner" });
    const unknown = await json<ErrorBody>(await api("POST", "/api/residents", { cookie: a.cookie, body: body(UNKNOWN_ID) }), 404);
    const foreign = await json<ErrorBody>(await api("POST", "/api/residents", { cookie: a.cookie, body: body(bUnit.unit_id) }), 404);
    expect(foreign).toEqual(unknown);
    expect(foreign).toEqual({ error: { code: "not_found", message: "No encontramos esa unidad." } });
    const [counts] = await ownerQuery<{ b: number; intruders: number }>(
      "SELECT (SELECT count(*)::int FROM residents WHERE unit_id = $1) AS b, (SELECT count(*)::int FROM residents WHERE full_name = 'Intruso' AND organization_id IN ($2, $3)) AS intruders",
      [bUnit.unit_id, a.orgId, b.orgId],
    );
    expect(counts).toEqual({ b: 1, intruders: 0 });
    expect(await featureEvents(a.orgId)).toEqual([]);
  });

  it("answers 409 for an email already in the same unit (any case), localized; another unit may reuse it", async () => {
    const s = await newSession();
    const unit = await soloOwnerUnit(s.orgId);
    const dup = { unitId: unit.unit_id, fullName: "Copia", email: unit.email.toUpperCase(), type: "tenant" };
    const es = await json<ErrorBody>(await api("POST", "/api/residents", { cookie: s.cookie, body: dup }), 409);
    expect(es.error).toEqual({ code: "conflict", message: "Esta unidad ya tiene un residente con ese correo." });
    const en = await json<ErrorBody>(await api("POST", "/api/residents", { cookie: `${s.cookie}; locale=en`, body: dup }), 409);
    expect(en.error.message).toBe("This unit already has a resident with that email.");

    const [other] = await ownerQuery<{ id: string }>("SELECT id FROM units WHERE organization_id = $1 AND id <> $2 LIMIT 1", [
      s.orgId,
      unit.unit_id,
    ]);
    await json(await api("POST", "/api/residents", { cookie: s.cookie, body: { ...dup, unitId: other!.id } }), 201);

    // Concurrent duplicates: exactly one gets in.
    const email = randomEmail("race");
    const statuses = await Promise.all(
      [1, 2, 3].map(async () => (await api("POST", "/api/residents", { cookie: s.cookie, body: { ...dup, email } })).status),
    );
    expect(statuses.sort()).toEqual([201, 409, 409]);
    const [count] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM residents WHERE unit_id = $1 AND email = $2", [
      unit.unit_id,
      email,
    ]);
    expect(count!.n).toBe(1);
  });
});

describe("PATCH /api/residents/[residentId]", () => {
  it("edits the given fields only, records the event, and can clear the phone", async () => {
    const s = await newSession();
    const unit = await soloOwnerUnit(s.orgId);
    const before = await residentRow(unit.resident_id);
    const newEmail = randomEmail("editado");
    const edited = await json<Resident>(
      await api("PATCH", `/api/residents/${unit.resident_id}`, {
        cookie: s.cookie,
        body: { fullName: "Nombre Editado", email: newEmail.toUpperCase() },
      }),
      200,
    );
    expect(edited).toMatchObject({
      id: unit.resident_id,
      unitId: unit.unit_id,
      fullName: "Nombre Editado",
      email: newEmail,
      phone: before!.phone,
      type: "owner",
    });
    expect(await residentRow(unit.resident_id)).toMatchObject({
      full_name: "Nombre Editado",
      email: newEmail,
      phone: before!.phone,
      type: "owner",
    });

    const cleared = await json<Resident>(
      await api("PATCH", `/api/residents/${unit.resident_id}`, { cookie: s.cookie, body: { phone: null } }),
      200,
    );
    expect(cleared.phone).toBeNull();
    const phoned = await json<Resident>(
      await api("PATCH", `/api/residents/${unit.resident_id}`, { cookie: s.cookie, body: { phone: "(601) 555-0101" } }),
      200,
    );
    expect(phoned.phone).toBe("(601) 555-0101");
    expect((await residentRow(unit.resident_id))!.phone).toBe("(601) 555-0101");
    expect(await featureEvents(s.orgId)).toEqual(Array.from({ length: 3 }, () => ({ actor: s.email, feature: "edit_resident" })));

    // Changing an owner into a tenant is fine once the unit has another owner.
    await addResident(s.cookie, { unitId: unit.unit_id, fullName: "Otra Dueña", email: randomEmail(), type: "owner" });
    const demoted = await json<Resident>(
      await api("PATCH", `/api/residents/${unit.resident_id}`, { cookie: s.cookie, body: { type: "tenant" } }),
      200,
    );
    expect(demoted.type).toBe("tenant");
  });

  it("answers 400 with fields for an empty or invalid body", async () => {
    const s = await newSession();
    const unit = await soloOwnerUnit(s.orgId);
    const cases: [unknown, string[]][] = [
      [{}, ["_"]],
      [{ unitId: UNKNOWN_ID }, ["_"]],
      [{ fullName: "" }, ["fullName"]],
      [{ email: "nope" }, ["email"]],
      [{ phone: "+57 abc" }, ["phone"]],
      [{ type: "guest" }, ["type"]],
    ];
    for (const [body, fields] of cases) {
      const res = await json<ErrorBody>(await api("PATCH", `/api/residents/${unit.resident_id}`, { cookie: s.cookie, body }), 400);
      expect(Object.keys(res.error.fields ?? {}), JSON.stringify(body)).toEqual(fields);
    }
    expect(await residentRow(unit.resident_id)).toMatchObject({ full_name: unit.full_name, email: unit.email });
  });

  it("answers the same 404 for a malformed id, an unknown id and another demo's resident, which stays unchanged", async () => {
    const [a, b] = await Promise.all([newSession(), newSession()]);
    const bUnit = await soloOwnerUnit(b.orgId);
    const before = await residentRow(bUnit.resident_id);
    const bodies: unknown[] = [];
    for (const id of ["nope", UNKNOWN_ID, bUnit.resident_id]) {
      bodies.push(
        await json(await api("PATCH", `/api/residents/${id}`, { cookie: a.cookie, body: { fullName: "Pirata", type: "tenant" } }), 404),
      );
    }
    expect(bodies[0]).toEqual({ error: { code: "not_found", message: "No encontramos ese residente." } });
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(await residentRow(bUnit.resident_id)).toEqual(before);
    expect(await featureEvents(a.orgId)).toEqual([]);
  });

  it("answers 409 for another resident's email in the unit and for demoting the unit's last owner", async () => {
    const s = await newSession();
    const unit = await soloOwnerUnit(s.orgId);
    const tenant = await addResident(s.cookie, { unitId: unit.unit_id, fullName: "Inquilino", email: randomEmail(), type: "tenant" });
    const dup = await json<ErrorBody>(
      await api("PATCH", `/api/residents/${tenant.id}`, { cookie: s.cookie, body: { email: unit.email } }),
      409,
    );
    expect(dup.error.message).toBe("Esta unidad ya tiene un residente con ese correo.");
    const last = await json<ErrorBody>(
      await api("PATCH", `/api/residents/${unit.resident_id}`, { cookie: s.cookie, body: { type: "tenant" } }),
      409,
    );
    expect(last.error).toEqual({
      code: "conflict",
      message: expect.stringContaining("Cada unidad necesita al menos un propietario") as string,
    });
    // Keeping one's own email is not a conflict.
    await json(
      await api("PATCH", `/api/residents/${unit.resident_id}`, { cookie: s.cookie, body: { email: unit.email, fullName: "Mismo Correo" } }),
      200,
    );
    expect(await residentRow(unit.resident_id)).toMatchObject({ type: "owner", email: unit.email, full_name: "Mismo Correo" });
    expect((await residentRow(tenant.id))!.email).toBe(tenant.email);
  });
});

describe("DELETE /api/residents/[residentId]", () => {
  it("removes a resident (204, event), refuses the last owner with 409, and then answers 404", async () => {
    const s = await newSession();
    const unit = await soloOwnerUnit(s.orgId);
    const last = await json<ErrorBody>(await api("DELETE", `/api/residents/${unit.resident_id}`, { cookie: s.cookie }), 409);
    expect(last.error).toEqual({
      code: "conflict",
      message: expect.stringContaining("Cada unidad necesita al menos un propietario") as string,
    });
    const en = await json<ErrorBody>(await api("DELETE", `/api/residents/${unit.resident_id}`, { cookie: `${s.cookie}; locale=en` }), 409);
    expect(en.error.message).toContain("Every unit needs at least one owner");
    expect(await residentRow(unit.resident_id)).toBeDefined();

    const [tenant] = await ownerQuery<{ id: string }>("SELECT id FROM residents WHERE organization_id = $1 AND type = 'tenant' LIMIT 1", [
      s.orgId,
    ]);
    const res = await api("DELETE", `/api/residents/${tenant!.id}`, { cookie: s.cookie });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    expect(await residentRow(tenant!.id)).toBeUndefined();

    const owner = await addResident(s.cookie, { unitId: unit.unit_id, fullName: "Nueva Dueña", email: randomEmail(), type: "owner" });
    expect((await api("DELETE", `/api/residents/${unit.resident_id}`, { cookie: s.cookie })).status).toBe(204);
    expect(await residentRow(unit.resident_id)).toBeUndefined();
    expect((await json<ErrorBody>(await api("DELETE", `/api/residents/${unit.resident_id}`, { cookie: s.cookie }), 404)).error.code).toBe(
      "not_found",
    );
    expect((await json<ErrorBody>(await api("DELETE", `/api/residents/${owner.id}`, { cookie: s.cookie }), 409)).error.code).toBe(
      "conflict",
    );
    expect((await featureEvents(s.orgId)).map((e) => e.feature)).toEqual(["delete_resident", "create_resident", "delete_resident"]);
  });

  it("lets only one of two concurrent deletions of a unit's two owners through", async () => {
    const s = await newSession();
    const unit = await soloOwnerUnit(s.orgId);
    const second = await addResident(s.cookie, { unitId: unit.unit_id, fullName: "Segundo Dueño", email: randomEmail(), type: "owner" });
    const statuses = await Promise.all(
      [unit.resident_id, second.id].map(async (id) => (await api("DELETE", `/api/residents/${id}`, { cookie: s.cookie })).status),
    );
    expect(statuses.sort()).toEqual([204, 409]);
    const [owners] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM residents WHERE unit_id = $1 AND type = 'owner'", [
      unit.unit_id,
    ]);
    expect(owners!.n).toBe(1);
  });

  it("answers the same 404 for a malformed id, an unknown id and another demo's resident, which stays", async () => {
    const [a, b] = await Promise.all([newSession(), newSession()]);
    const [bTenant] = await ownerQuery<{ id: string }>("SELECT id FROM residents WHERE organization_id = $1 AND type = 'tenant' LIMIT 1", [
      b.orgId,
    ]);
    const bodies: unknown[] = [];
    for (const id of ["x", UNKNOWN_ID, bTenant!.id])
      bodies.push(await json(await api("DELETE", `/api/residents/${id}`, { cookie: a.cookie }), 404));
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    expect(await residentRow(bTenant!.id)).toBeDefined();
    expect(await featureEvents(a.orgId)).toEqual([]);
  });
});

describe("PATCH /api/settings", () => {
  it("changes the session organization's name, colour and locale — visible in the overview and the row — and nobody else's", async () => {
    const [a, b] = await Promise.all([newSession(), newSession()]);
    const [bBefore] = await ownerQuery("SELECT name, theme_color, locale FROM organizations WHERE id = $1", [b.orgId]);
    expect(await json(await api("GET", "/api/settings", { cookie: a.cookie }), 200)).toEqual({
      name: "P.H. Urban Tower",
      themeColor: "#2563eb",
      locale: "es",
    });

    const body = { name: "  Edificio Los Robles  ", themeColor: "#A1B2C3", locale: "en", id: b.orgId, organizationId: b.orgId };
    const updated = await json(await api("PATCH", "/api/settings", { cookie: a.cookie, body }), 200);
    expect(updated).toEqual({ name: "Edificio Los Robles", themeColor: "#a1b2c3", locale: "en" });
    const [row] = await ownerQuery("SELECT name, theme_color, locale FROM organizations WHERE id = $1", [a.orgId]);
    expect(row).toEqual({ name: "Edificio Los Robles", theme_color: "#a1b2c3", locale: "en" });
    const overview = await json<{ organization: { name: string } }>(await api("GET", "/api/dashboard/overview", { cookie: a.cookie }), 200);
    expect(overview.organization.name).toBe("Edificio Los Robles");
    expect(await json(await api("GET", "/api/settings", { cookie: a.cookie }), 200)).toEqual(updated);

    const partial = await json(await api("PATCH", "/api/settings", { cookie: a.cookie, body: { themeColor: "#000000" } }), 200);
    expect(partial).toEqual({ name: "Edificio Los Robles", themeColor: "#000000", locale: "en" });
    expect(await featureEvents(a.orgId)).toEqual([
      { actor: a.email, feature: "change_settings" },
      { actor: a.email, feature: "change_settings" },
    ]);
    expect((await ownerQuery("SELECT name, theme_color, locale FROM organizations WHERE id = $1", [b.orgId]))[0]).toEqual(bBefore);
    expect(await featureEvents(b.orgId)).toEqual([]);
  });

  it("answers 400 with fields for invalid values and changes nothing", async () => {
    const s = await newSession();
    const cases: [unknown, string[]][] = [
      [{}, ["_"]],
      [{ name: "A" }, ["name"]],
      [{ name: "x".repeat(121) }, ["name"]],
      [{ themeColor: "red" }, ["themeColor"]],
      [{ themeColor: "#12345" }, ["themeColor"]],
      [{ themeColor: "#12345g" }, ["themeColor"]],
      [{ locale: "fr" }, ["locale"]],
      [{ name: 42, themeColor: "blue" }, ["name", "themeColor"]],
    ];
    for (const [body, fields] of cases) {
      const res = await json<ErrorBody>(await api("PATCH", "/api/settings", { cookie: s.cookie, body }), 400);
      expect(res.error.code).toBe("validation_failed");
      expect(Object.keys(res.error.fields ?? {}).sort(), JSON.stringify(body)).toEqual(fields);
    }
    expect((await ownerQuery("SELECT name, theme_color, locale FROM organizations WHERE id = $1", [s.orgId]))[0]).toEqual({
      name: "P.H. Urban Tower",
      theme_color: "#2563eb",
      locale: "es",
    });
    expect(await featureEvents(s.orgId)).toEqual([]);
  });
});
