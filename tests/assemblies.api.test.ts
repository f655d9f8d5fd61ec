// Assemblies APIs over HTTP, with real sessions and the real database: the seeded history read back
// with tallies and quorum that match its minutes; a new assembly that spends the one credit (also
// under concurrency); attendance and votes that move the quorum and the tally; closing with minutes;
// validation; tenant isolation (another demo's ids answer 404 like unknown or malformed ones, and its
// rows stay untouched); 401 without a session; feature-use events.
import { describe, expect, it } from "vitest";
import { percentToPpm, ppmToPercent, TOTAL_PPM } from "@/lib/governance";
import type { AssemblySummary } from "@/server/assemblies/list-assemblies";
import type { AgendaItemView, AssemblyDetail, AttendanceView, QuorumView } from "@/server/assemblies/to-assembly-detail";
import { createDemo, ownerQuery, requestJson, newSession, orgIdOf } from "./support/app";

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]> } };
// The JSON the API answers, as the server declares it.
type Summary = AssemblySummary;
type AgendaItem = AgendaItemView;
type Attendance = AttendanceView;
type Quorum = QuorumView;
type Detail = AssemblyDetail;

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
const DAY_MS = 86_400_000;
const NO_CREDITS_ES = "No te quedan créditos de asamblea. Habla con ventas para obtener más.";
const NO_CREDITS_EN = "You have no assembly credits left. Talk to sales to get more.";

const api = requestJson;

/** A valid body for POST /api/assemblies. */
const newAssembly = (overrides: Record<string, unknown> = {}) => ({
  title: "Asamblea Extraordinaria — Ascensores",
  type: "extraordinary",
  scheduledAt: new Date(Date.now() + 10 * DAY_MS).toISOString(),
  location: "Salón comunal",
  agenda: [
    { title: "Verificación del quórum", requiresVote: false },
    {
      title: "Modernización de los ascensores",
      description: "Cambio de los dos ascensores con cargo al fondo de imprevistos.",
      requiresVote: true,
      majority: "simple",
    },
    { title: "Reforma del reglamento: mascotas", requiresVote: true, majority: "qualified" },
  ],
  ...overrides,
});

/** A percentage text as the minutes write it: "68.4512" → "68,45 %". */
function minutesPercent(percent: string): string {
  const hundredths = Math.round(percentToPpm(percent) / 100);
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, "0")} %`;
}

const ppmSum = (percents: string[]) => percents.reduce((sum, p) => sum + percentToPpm(p), 0);

async function creditsOf(orgId: string): Promise<number> {
  const [row] = await ownerQuery<{ assembly_credits: number }>("SELECT assembly_credits FROM organizations WHERE id = $1", [orgId]);
  return row!.assembly_credits;
}

async function featureEvents(orgId: string): Promise<Record<string, { count: number; actors: string[] }>> {
  const rows = await ownerQuery<{ feature: string; count: number; actors: string[] }>(
    `SELECT data->>'feature' AS feature, count(*)::int AS count, array_agg(DISTINCT actor) AS actors
     FROM demo_events WHERE organization_id = $1 AND type = 'feature_used' GROUP BY 1`,
    [orgId],
  );
  return Object.fromEntries(rows.map((r) => [r.feature, { count: r.count, actors: r.actors }]));
}

describe("without a session", () => {
  it("every assemblies API answers 401", async () => {
    const calls = [
      api<ErrorBody>("GET", "/api/assemblies"),
      api<ErrorBody>("POST", "/api/assemblies", { body: newAssembly() }),
      api<ErrorBody>("GET", `/api/assemblies/${UNKNOWN_ID}`),
      api<ErrorBody>("POST", `/api/assemblies/${UNKNOWN_ID}/attendance`, { body: { unitId: UNKNOWN_ID } }),
      api<ErrorBody>("POST", `/api/assemblies/${UNKNOWN_ID}/votes`, {
        body: { agendaItemId: UNKNOWN_ID, unitId: UNKNOWN_ID, choice: "yes" },
      }),
      api<ErrorBody>("POST", `/api/assemblies/${UNKNOWN_ID}/close`),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe("unauthorized");
    }
  });
});

describe("GET /api/assemblies and /api/assemblies/[assemblyId]", () => {
  it("list the seeded year newest first and detail it with tallies and quorum that match the stored votes and minutes", async () => {
    const { cookie, orgId } = await newSession();
    const list = await api<Summary[]>("GET", "/api/assemblies", { cookie });
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(4);
    const times = list.body.map((a) => Date.parse(a.scheduledAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(list.body.map((a) => a.status)).toEqual(["scheduled", "closed", "closed", "closed"]);
    const counts = await ownerQuery<{ id: string; n: number }>(
      "SELECT assembly_id AS id, count(*)::int AS n FROM agenda_items WHERE organization_id = $1 GROUP BY 1",
      [orgId],
    );
    for (const row of counts) expect(list.body.find((a) => a.id === row.id)?.agendaCount).toBe(row.n);

    for (const summary of list.body) {
      const { status, body: detail } = await api<Detail>("GET", `/api/assemblies/${summary.id}`, { cookie });
      expect(status).toBe(200);
      expect(detail).toMatchObject({ id: summary.id, title: summary.title, status: summary.status, quorumPercent: summary.quorumPercent });
      expect(detail.agenda.map((i) => i.position)).toEqual(detail.agenda.map((_, i) => i + 1));
      expect(detail.quorum.totalUnits).toBe(50);

      const attendance = await ownerQuery<{ unit_id: string; coefficient: string; is_proxy: boolean }>(
        "SELECT a.unit_id, u.coefficient::text AS coefficient, a.is_proxy FROM attendance a JOIN units u ON u.id = a.unit_id WHERE a.assembly_id = $1",
        [summary.id],
      );
      expect(detail.attendance).toHaveLength(attendance.length);
      expect(detail.quorum.attendingUnits).toBe(attendance.length);
      expect(detail.quorum.proxies).toBe(attendance.filter((a) => a.is_proxy).length);
      const present = ppmSum(attendance.map((a) => a.coefficient));
      expect(detail.quorum.percentPresent).toBe(ppmToPercent(present));
      expect(detail.quorum.met).toBe(present * 2 > TOTAL_PPM);
      for (const row of detail.attendance) {
        expect(row.tower).toBe("Torre A");
        expect(row.unitNumber).toMatch(/^\d{3,4}$/);
        expect(row.attendeeName.length).toBeGreaterThan(2);
      }

      if (summary.status === "scheduled") {
        expect(detail).toMatchObject({ quorumPercent: null, minutes: null, closedAt: null, attendance: [] });
        continue;
      }
      // The snapshot taken at closing equals the quorum computed now from the same attendance.
      expect(detail.quorumPercent).toBe(detail.quorum.percentPresent);
      const minutes = detail.minutes!;
      expect(minutes).toContain(`${minutesPercent(detail.quorum.percentPresent)} de los coeficientes de copropiedad`);
      expect(minutes).toContain(detail.quorum.met ? "Hay quórum para deliberar y decidir" : "No hay quórum para deliberar ni decidir");

      for (const item of detail.agenda) {
        if (!item.requiresVote) {
          expect(item.tally).toBeNull();
          continue;
        }
        const tally = item.tally!;
        expect(tally.majority).toBe(item.majority);
        const sums = await ownerQuery<{ choice: string; n: number; coefficient: string }>(
          "SELECT v.choice::text AS choice, count(*)::int AS n, sum(u.coefficient)::text AS coefficient FROM votes v JOIN units u ON u.id = v.unit_id WHERE v.agenda_item_id = $1 GROUP BY 1",
          [item.id],
        );
        const of = (choice: string) => ppmToPercent(ppmSum(sums.filter((s) => s.choice === choice).map((s) => s.coefficient)));
        expect({ yes: tally.yes, no: tally.no, abstain: tally.abstain, votes: tally.votes }).toEqual({
          yes: of("yes"),
          no: of("no"),
          abstain: of("abstain"),
          votes: sums.reduce((n, s) => n + s.n, 0),
        });
        if (!detail.quorum.met) {
          expect(tally.votes).toBe(0);
          continue;
        }
        // The seeded minutes, written when the demo was provisioned, state this very result.
        const lines = minutes.split("\n");
        const paragraph = lines[lines.lastIndexOf(`${item.position}. ${item.title}`) + 1]!;
        expect(paragraph).toContain(
          `a favor ${minutesPercent(tally.yesPercent)}, en contra ${minutesPercent(tally.noPercent)} y abstenciones ${minutesPercent(tally.abstainPercent)}`,
        );
        expect(paragraph).toMatch(tally.passed ? /Resultado: APROBADO/ : /Resultado: NO APROBADO/);
        expect(paragraph).toContain(item.majority === "simple" ? "mayoría simple" : "mayoría calificada");
      }
    }
  });
});

describe("POST /api/assemblies", () => {
  it("creates the assembly with its agenda, spends the one credit, and then answers 409 no_credits pointing to sales", async () => {
    const { cookie, orgId, email } = await newSession();
    expect(await creditsOf(orgId)).toBe(1);
    const body = newAssembly();
    const created = await api<{ assembly: Detail; assemblyCredits: number }>("POST", "/api/assemblies", { cookie, body });
    expect(created.status).toBe(201);
    expect(created.body.assemblyCredits).toBe(0);
    expect(created.body.assembly).toMatchObject({
      title: body.title,
      type: "extraordinary",
      status: "scheduled",
      scheduledAt: body.scheduledAt,
      location: "Salón comunal",
      quorumPercent: null,
      minutes: null,
      attendance: [],
      quorum: { percentPresent: "0.0000", met: false, attendingUnits: 0, totalUnits: 50 },
    });
    expect(
      created.body.assembly.agenda.map(({ position, title, requiresVote, majority }) => ({ position, title, requiresVote, majority })),
    ).toEqual([
      { position: 1, title: "Verificación del quórum", requiresVote: false, majority: "simple" },
      { position: 2, title: "Modernización de los ascensores", requiresVote: true, majority: "simple" },
      { position: 3, title: "Reforma del reglamento: mascotas", requiresVote: true, majority: "qualified" },
    ]);
    expect(created.body.assembly.agenda[1]!.tally).toMatchObject({ votes: 0, yes: "0.0000", passed: false });
    expect(await creditsOf(orgId)).toBe(0);

    const list = await api<Summary[]>("GET", "/api/assemblies", { cookie });
    expect(list.body).toHaveLength(5);
    // Ten days ahead: after the seeded upcoming one (14 days), newest first.
    expect(list.body[1]).toMatchObject({ id: created.body.assembly.id, status: "scheduled", agendaCount: 3 });

    const again = await api<ErrorBody>("POST", "/api/assemblies", { cookie, body: newAssembly({ title: "Otra asamblea" }) });
    expect(again.status).toBe(409);
    expect(again.body.error).toEqual({ code: "no_credits", message: NO_CREDITS_ES });
    // The visitor's explicit language (cookie) wins over the demo's Spanish (docs/rules.md#language).
    const inEnglish = await api<ErrorBody>("POST", "/api/assemblies", { cookie: `${cookie}; locale=en`, body: newAssembly() });
    expect(inEnglish.status).toBe(409);
    expect(inEnglish.body.error).toEqual({ code: "no_credits", message: NO_CREDITS_EN });

    const [rows] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM assemblies WHERE organization_id = $1", [orgId]);
    expect(rows!.n).toBe(5);
    expect(await creditsOf(orgId)).toBe(0);
    expect(await featureEvents(orgId)).toEqual({ create_assembly: { count: 1, actors: [email] } });
  });

  it("spends one credit once under concurrency: two parallel creates give one 201 and one 409", async () => {
    const { cookie, orgId } = await newSession();
    const results = await Promise.all([
      api<ErrorBody>("POST", "/api/assemblies", { cookie, body: newAssembly({ title: "Asamblea A" }) }),
      api<ErrorBody>("POST", "/api/assemblies", { cookie, body: newAssembly({ title: "Asamblea B" }) }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe("no_credits");
    expect(await creditsOf(orgId)).toBe(0);
    const [row] = await ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM assemblies WHERE organization_id = $1 AND title IN ('Asamblea A', 'Asamblea B')",
      [orgId],
    );
    expect(row!.n).toBe(1);
    expect((await featureEvents(orgId)).create_assembly?.count).toBe(1);
  });

  it("answers 400 with field errors, spending nothing", async () => {
    const { cookie, orgId } = await newSession();
    const bad = await api<ErrorBody>("POST", "/api/assemblies", {
      cookie,
      body: { title: "ab", type: "annual", scheduledAt: new Date(Date.now() - DAY_MS).toISOString(), location: "", agenda: [] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_failed");
    expect(bad.body.error.fields).toEqual({
      title: ["invalidTitle"],
      type: ["invalidType"],
      scheduledAt: ["dateInPast"],
      location: ["invalidLocation"],
      agenda: ["invalidAgenda"],
    });

    const tooFar = await api<ErrorBody>("POST", "/api/assemblies", {
      cookie,
      body: newAssembly({ scheduledAt: new Date(Date.now() + 400 * DAY_MS).toISOString() }),
    });
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.error.fields).toEqual({ scheduledAt: ["dateTooFar"] });
    const noZone = await api<ErrorBody>("POST", "/api/assemblies", { cookie, body: newAssembly({ scheduledAt: "2031-02-30" }) });
    expect(noZone.body.error.fields).toEqual({ scheduledAt: ["invalidDate"] });
    const items = await api<ErrorBody>("POST", "/api/assemblies", {
      cookie,
      body: newAssembly({ agenda: [{ title: "x", requiresVote: "yes", majority: "unanimous" }] }),
    });
    expect(items.body.error.fields).toEqual({
      "agenda.0.title": ["invalidAgendaTitle"],
      "agenda.0.requiresVote": ["invalidRequiresVote"],
      "agenda.0.majority": ["invalidMajority"],
    });
    const tooMany = await api<ErrorBody>("POST", "/api/assemblies", {
      cookie,
      body: newAssembly({ agenda: Array.from({ length: 21 }, (_, i) => ({ title: `Punto ${i + 1}`, requiresVote: false })) }),
    });
    expect(tooMany.body.error.fields).toEqual({ agenda: ["invalidAgenda"] });
    const notJson = await api<ErrorBody>("POST", "/api/assemblies", { cookie, body: "{title:" });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe("invalid_json");

    const [scheduled] = await ownerQuery<{ id: string }>("SELECT id FROM assemblies WHERE organization_id = $1 AND status = 'scheduled'", [
      orgId,
    ]);
    const attendance = await api<ErrorBody>("POST", `/api/assemblies/${scheduled!.id}/attendance`, {
      cookie,
      body: { unitId: "12", isProxy: "no" },
    });
    expect(attendance.status).toBe(400);
    expect(attendance.body.error.fields).toEqual({ unitId: ["invalidUnit"], isProxy: ["invalidProxy"] });
    const vote = await api<ErrorBody>("POST", `/api/assemblies/${scheduled!.id}/votes`, {
      cookie,
      body: { agendaItemId: UNKNOWN_ID, unitId: UNKNOWN_ID, choice: "maybe" },
    });
    expect(vote.status).toBe(400);
    expect(vote.body.error.fields).toEqual({ choice: ["invalidChoice"] });

    expect(await creditsOf(orgId)).toBe(1);
    expect(await featureEvents(orgId)).toEqual({});
  });
});

describe("attendance, votes and closing", () => {
  it("move the quorum and the tally live, and closing writes the minutes from them", async () => {
    const { cookie, orgId, email } = await newSession();
    const created = await api<{ assembly: Detail }>("POST", "/api/assemblies", { cookie, body: newAssembly() });
    expect(created.status).toBe(201);
    const assembly = created.body.assembly;
    const [quorumCheck, elevators, bylaws] = assembly.agenda as [AgendaItem, AgendaItem, AgendaItem];
    const base = `/api/assemblies/${assembly.id}`;
    const units = await ownerQuery<{ id: string; coefficient: string; number: string }>(
      "SELECT id, coefficient::text AS coefficient, number FROM units WHERE organization_id = $1 ORDER BY coefficient DESC, number",
      [orgId],
    );

    // The first unit, by proxy: present, and the quorum moves by its coefficient.
    const first = await api<{ created: boolean; attendance: Attendance; quorum: Quorum }>("POST", `${base}/attendance`, {
      cookie,
      body: { unitId: units[0]!.id, attendeeName: "Carlos Pérez", isProxy: true },
    });
    expect(first.status).toBe(201);
    expect(first.body.created).toBe(true);
    expect(first.body.attendance).toMatchObject({
      unitId: units[0]!.id,
      unitNumber: units[0]!.number,
      attendeeName: "Carlos Pérez",
      isProxy: true,
    });
    expect(percentToPpm(first.body.attendance.coefficient)).toBe(percentToPpm(units[0]!.coefficient));
    expect(first.body.quorum).toMatchObject({
      attendingUnits: 1,
      proxies: 1,
      met: false,
      percentPresent: ppmToPercent(percentToPpm(units[0]!.coefficient)),
    });
    // Registering again is idempotent.
    const again = await api<{ created: boolean; attendance: Attendance }>("POST", `${base}/attendance`, {
      cookie,
      body: { unitId: units[0]!.id, attendeeName: "Otra persona" },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      created: false,
      attendance: { id: first.body.attendance.id, attendeeName: "Carlos Pérez", isProxy: true },
    });

    // More units, in parallel, until more than half of the coefficients are present.
    const present: typeof units = [units[0]!];
    let presentPpm = percentToPpm(units[0]!.coefficient);
    for (const unit of units.slice(1, -1)) {
      if (presentPpm * 2 > TOTAL_PPM) break;
      present.push(unit);
      presentPpm += percentToPpm(unit.coefficient);
    }
    const registered = await Promise.all(
      present.slice(1).map((unit) => api<{ created: boolean }>("POST", `${base}/attendance`, { cookie, body: { unitId: unit.id } })),
    );
    expect(registered.every((r) => r.status === 201 && r.body.created)).toBe(true);
    const owner = await ownerQuery<{ full_name: string; attendee_name: string }>(
      "SELECT r.full_name, a.attendee_name FROM attendance a JOIN residents r ON r.unit_id = a.unit_id AND r.type = 'owner' WHERE a.assembly_id = $1 AND a.unit_id = $2",
      [assembly.id, present[1]!.id],
    );
    expect(owner[0]!.attendee_name).toBe(owner[0]!.full_name);
    let detail = (await api<Detail>("GET", base, { cookie })).body;
    expect(detail.quorum).toMatchObject({
      attendingUnits: present.length,
      proxies: 1,
      met: true,
      percentPresent: ppmToPercent(presentPpm),
    });

    // Votes need the assembly started and the item's voting open.
    const early = await api<ErrorBody>("POST", `${base}/votes`, {
      cookie,
      body: { agendaItemId: elevators.id, unitId: units[0]!.id, choice: "yes" },
    });
    expect(early.status).toBe(409);
    expect((await api("POST", `${base}/start`, { cookie })).status).toBe(200);
    const pending = await api<ErrorBody>("POST", `${base}/votes`, {
      cookie,
      body: { agendaItemId: elevators.id, unitId: units[0]!.id, choice: "yes" },
    });
    expect(pending.status).toBe(409);
    for (const item of [elevators, bylaws]) {
      expect((await api("POST", `${base}/items/${item.id}/voting`, { cookie, body: { status: "open" } })).status).toBe(200);
    }

    // A vote, then a change of mind: one vote per unit, the tally follows.
    const yes = await api<{ created: boolean; item: AgendaItem }>("POST", `${base}/votes`, {
      cookie,
      body: { agendaItemId: elevators.id, unitId: units[0]!.id, choice: "yes" },
    });
    expect(yes.status).toBe(201);
    expect(yes.body.item.tally).toMatchObject({ votes: 1, yes: ppmToPercent(percentToPpm(units[0]!.coefficient)), no: "0.0000" });
    const no = await api<{ created: boolean; item: AgendaItem }>("POST", `${base}/votes`, {
      cookie,
      body: { agendaItemId: elevators.id, unitId: units[0]!.id, choice: "no" },
    });
    expect(no.status).toBe(200);
    expect(no.body.created).toBe(false);
    expect(no.body.item.tally).toMatchObject({
      votes: 1,
      yes: "0.0000",
      no: ppmToPercent(percentToPpm(units[0]!.coefficient)),
      passed: false,
    });
    const [stored] = await ownerQuery<{ n: number; choice: string }>(
      "SELECT count(*)::int AS n, min(choice::text) AS choice FROM votes WHERE agenda_item_id = $1",
      [elevators.id],
    );
    expect(stored).toEqual({ n: 1, choice: "no" });

    // A unit that was not registered votes: it becomes present.
    const latecomer = units.at(-1)!;
    const late = await api<{ created: boolean; attendanceCreated: boolean; quorum: Quorum }>("POST", `${base}/votes`, {
      cookie,
      body: { agendaItemId: elevators.id, unitId: latecomer.id, choice: "yes" },
    });
    expect(late.status).toBe(201);
    expect(late.body.attendanceCreated).toBe(true);
    expect(late.body.quorum.attendingUnits).toBe(present.length + 1);
    present.push(latecomer);
    presentPpm += percentToPpm(latecomer.coefficient);

    // Everyone else present votes yes, in parallel: the item passes by simple majority.
    const voters = present.slice(1, -1);
    const votes = await Promise.all(
      voters.map((unit) => api("POST", `${base}/votes`, { cookie, body: { agendaItemId: elevators.id, unitId: unit.id, choice: "yes" } })),
    );
    expect(votes.every((v) => v.status === 201)).toBe(true);
    detail = (await api<Detail>("GET", base, { cookie })).body;
    const yesPpm = presentPpm - percentToPpm(units[0]!.coefficient);
    const tally = detail.agenda[1]!.tally!;
    expect(tally).toMatchObject({
      votes: present.length,
      yes: ppmToPercent(yesPpm),
      no: ppmToPercent(percentToPpm(units[0]!.coefficient)),
      passed: yesPpm * 2 > presentPpm,
    });
    expect(tally.passed).toBe(true);
    // The qualified item (70 % of the whole building) with one yes vote does not pass.
    await api("POST", `${base}/votes`, { cookie, body: { agendaItemId: bylaws.id, unitId: present[1]!.id, choice: "yes" } });

    // Items that are not voted, and ids out of place.
    const notVoted = await api<ErrorBody>("POST", `${base}/votes`, {
      cookie,
      body: { agendaItemId: quorumCheck.id, unitId: units[0]!.id, choice: "yes" },
    });
    expect(notVoted.status).toBe(409);
    expect(notVoted.body.error.code).toBe("conflict");
    const [seededItem] = await ownerQuery<{ id: string }>(
      "SELECT i.id FROM agenda_items i JOIN assemblies a ON a.id = i.assembly_id WHERE a.organization_id = $1 AND a.status = 'scheduled' AND a.id <> $2 AND i.requires_vote LIMIT 1",
      [orgId, assembly.id],
    );
    const elsewhere = await api<ErrorBody>("POST", `${base}/votes`, {
      cookie,
      body: { agendaItemId: seededItem!.id, unitId: units[0]!.id, choice: "yes" },
    });
    expect(elsewhere.status).toBe(404);

    // Closing: snapshot, minutes from the real data, and no more changes.
    const closed = await api<{ assembly: Detail }>("POST", `${base}/close`, { cookie });
    expect(closed.status).toBe(200);
    const final = closed.body.assembly;
    expect(final.status).toBe("closed");
    expect(final.closedAt).not.toBeNull();
    expect(final.quorumPercent).toBe(ppmToPercent(presentPpm));
    expect(final.quorumPercent).toBe(final.quorum.percentPresent);
    const minutes = final.minutes!;
    expect(minutes).toMatch(
      /^ACTA N\.º 4\nASAMBLEA GENERAL EXTRAORDINARIA DE COPROPIETARIOS\nP\.H\. URBAN TOWER\nReunión de primera convocatoria\n/,
    );
    expect(minutes).toContain("Lugar: Salón comunal");
    expect(minutes).toMatch(/Hora de inicio: .+\nHora de cierre: .+\n/);
    expect(minutes).toContain(
      `Se registraron ${present.length} de 50 unidades privadas (1 mediante poder), que representan el ${minutesPercent(final.quorumPercent!)}`,
    );
    expect(minutes).toContain(`: representada mediante poder por Carlos Pérez, coeficiente`);
    expect(minutes).toContain("Hay quórum para deliberar y decidir");
    const finalTally = final.agenda[1]!.tally!;
    expect(minutes).toContain(
      `Cambio de los dos ascensores con cargo al fondo de imprevistos.\nMayoría simple de los coeficientes presentes (art. 45, Ley 675 de 2001).\nVotaron ${finalTally.votes} unidades: a favor ${minutesPercent(finalTally.yesPercent)}, en contra ${minutesPercent(finalTally.noPercent)}`,
    );
    expect(minutes).toContain("Resultado: APROBADO.");
    expect(minutes).toContain("3. Reforma del reglamento: mascotas\nMayoría calificada del 70 %");
    expect(minutes).toContain("Resultado: NO APROBADO.");
    const [row] = await ownerQuery<{ status: string; quorum_percent: string; minutes: string; closed_at: Date | null }>(
      "SELECT status::text, quorum_percent::text, minutes, closed_at FROM assemblies WHERE id = $1",
      [assembly.id],
    );
    expect(row).toMatchObject({ status: "closed", quorum_percent: final.quorumPercent, minutes });
    expect(row!.closed_at).not.toBeNull();

    for (const res of await Promise.all([
      api<ErrorBody>("POST", `${base}/attendance`, { cookie, body: { unitId: units[5]!.id } }),
      api<ErrorBody>("POST", `${base}/votes`, { cookie, body: { agendaItemId: elevators.id, unitId: units[0]!.id, choice: "yes" } }),
      api<ErrorBody>("POST", `${base}/close`, { cookie }),
    ])) {
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("conflict");
    }

    // The seeded upcoming assembly cannot close before it starts; started and closed with nobody present,
    // its minutes record a session without quorum.
    const [upcoming] = await ownerQuery<{ id: string }>("SELECT id FROM assemblies WHERE organization_id = $1 AND status = 'scheduled'", [
      orgId,
    ]);
    const notStarted = await api<ErrorBody>("POST", `/api/assemblies/${upcoming!.id}/close`, { cookie });
    expect(notStarted.status).toBe(409);
    expect(notStarted.body.error.message).toBe("La asamblea aún no ha comenzado: iníciala antes de cerrarla o de abrir votaciones.");
    expect((await api("POST", `/api/assemblies/${upcoming!.id}/start`, { cookie })).status).toBe(200);
    const short = await api<{ assembly: Detail }>("POST", `/api/assemblies/${upcoming!.id}/close`, { cookie });
    expect(short.status).toBe(200);
    expect(short.body.assembly).toMatchObject({ status: "closed", quorumPercent: "0.0000", quorum: { met: false, attendingUnits: 0 } });
    expect(short.body.assembly.minutes).toMatch(/^ACTA N\.º 5\n/);
    expect(short.body.assembly.minutes).toContain("Se registraron 0 de 50 unidades privadas");
    expect(short.body.assembly.minutes).toContain("No hay quórum para deliberar ni decidir");
    expect(short.body.assembly.minutes).toContain("Resultado: sin decisión, no hubo quórum.");

    // One event per successful write, by the session's user.
    const events = await featureEvents(orgId);
    expect(events).toEqual({
      create_assembly: { count: 1, actors: [email] },
      register_attendance: { count: present.length - 1, actors: [email] },
      record_vote: { count: 3 + voters.length + 1, actors: [email] },
      open_voting: { count: 2, actors: [email] },
      close_assembly: { count: 2, actors: [email] },
    });
  });
});

describe("tenant isolation", () => {
  it("answers 404 alike for malformed, unknown and another demo's ids, and leaves the other demo untouched", async () => {
    const [a, emailB] = await Promise.all([newSession(), createDemo()]);
    const orgB = await orgIdOf(emailB);
    const idsOf = async (orgId: string) => {
      const [scheduled] = await ownerQuery<{ id: string }>(
        "SELECT id FROM assemblies WHERE organization_id = $1 AND status = 'scheduled'",
        [orgId],
      );
      const [closed] = await ownerQuery<{ id: string }>(
        "SELECT id FROM assemblies WHERE organization_id = $1 AND status = 'closed' LIMIT 1",
        [orgId],
      );
      const [item] = await ownerQuery<{ id: string }>("SELECT id FROM agenda_items WHERE assembly_id = $1 AND requires_vote LIMIT 1", [
        scheduled!.id,
      ]);
      const [closedItem] = await ownerQuery<{ id: string }>(
        "SELECT id FROM agenda_items WHERE assembly_id = $1 AND requires_vote LIMIT 1",
        [closed!.id],
      );
      const [unit] = await ownerQuery<{ id: string }>("SELECT id FROM units WHERE organization_id = $1 LIMIT 1", [orgId]);
      return { scheduled: scheduled!.id, closed: closed!.id, item: item!.id, closedItem: closedItem!.id, unit: unit!.id };
    };
    const [mine, theirs] = await Promise.all([idsOf(a.orgId), idsOf(orgB)]);
    const snapshotB = async () => ({
      assemblies: await ownerQuery(
        "SELECT id, status::text, quorum_percent::text, minutes, closed_at FROM assemblies WHERE organization_id = $1 ORDER BY id",
        [orgB],
      ),
      attendance: await ownerQuery("SELECT id, unit_id, attendee_name FROM attendance WHERE organization_id = $1 ORDER BY id", [orgB]),
      votes: await ownerQuery("SELECT id, choice::text, cast_at FROM votes WHERE organization_id = $1 ORDER BY id", [orgB]),
      credits: await creditsOf(orgB),
      events: await featureEvents(orgB),
    });
    const before = await snapshotB();
    const { cookie } = a;

    const reference = await api<ErrorBody>("GET", "/api/assemblies/not-a-uuid", { cookie });
    expect(reference.status).toBe(404);
    expect(reference.body.error.code).toBe("not_found");
    const sameAsReference = async (res: Promise<{ status: number; body: unknown }>) => {
      const { status, body } = await res;
      expect(status).toBe(404);
      expect(body).toEqual(reference.body);
    };
    const vote = { agendaItemId: theirs.item, unitId: theirs.unit, choice: "yes" };
    await Promise.all([
      sameAsReference(api("GET", `/api/assemblies/${UNKNOWN_ID}`, { cookie })),
      sameAsReference(api("GET", `/api/assemblies/${theirs.closed}`, { cookie })),
      sameAsReference(api("GET", `/api/assemblies/${theirs.scheduled}`, { cookie })),
      sameAsReference(api("GET", `/api/assemblies/${theirs.scheduled.toUpperCase()}`, { cookie })),
      sameAsReference(api("POST", `/api/assemblies/${theirs.scheduled}/attendance`, { cookie, body: { unitId: theirs.unit } })),
      sameAsReference(api("POST", `/api/assemblies/${UNKNOWN_ID}/attendance`, { cookie, body: { unitId: theirs.unit } })),
      sameAsReference(api("POST", "/api/assemblies/1%20OR%201=1/attendance", { cookie, body: { unitId: theirs.unit } })),
      sameAsReference(api("POST", `/api/assemblies/${theirs.scheduled}/votes`, { cookie, body: vote })),
      sameAsReference(api("POST", `/api/assemblies/${theirs.scheduled}/close`, { cookie })),
      sameAsReference(api("POST", `/api/assemblies/${UNKNOWN_ID}/close`, { cookie })),
      sameAsReference(api("POST", "/api/assemblies/xyz/close", { cookie })),
    ]);

    // The caller's own assembly (started, its item open) with another demo's unit or agenda item, or an item of another assembly.
    const base = `/api/assemblies/${mine.scheduled}`;
    expect((await api("POST", `${base}/start`, { cookie })).status).toBe(200);
    expect((await api("POST", `${base}/items/${mine.item}/voting`, { cookie, body: { status: "open" } })).status).toBe(200);
    const foreignUnit = await api<ErrorBody>("POST", `${base}/attendance`, { cookie, body: { unitId: theirs.unit } });
    const unknownUnit = await api<ErrorBody>("POST", `${base}/attendance`, { cookie, body: { unitId: UNKNOWN_ID } });
    expect(foreignUnit.status).toBe(404);
    expect(foreignUnit.body).toEqual(unknownUnit.body);
    const foreignItem = await api<ErrorBody>("POST", `${base}/votes`, {
      cookie,
      body: { agendaItemId: theirs.item, unitId: mine.unit, choice: "yes" },
    });
    const unknownItem = await api<ErrorBody>("POST", `${base}/votes`, {
      cookie,
      body: { agendaItemId: UNKNOWN_ID, unitId: mine.unit, choice: "yes" },
    });
    const otherAssemblyItem = await api<ErrorBody>("POST", `${base}/votes`, {
      cookie,
      body: { agendaItemId: mine.closedItem, unitId: mine.unit, choice: "yes" },
    });
    expect(foreignItem.status).toBe(404);
    expect(foreignItem.body).toEqual(unknownItem.body);
    expect(otherAssemblyItem.body).toEqual(unknownItem.body);
    const foreignVoter = await api<ErrorBody>("POST", `${base}/votes`, {
      cookie,
      body: { agendaItemId: mine.item, unitId: theirs.unit, choice: "yes" },
    });
    expect(foreignVoter.status).toBe(404);
    expect(foreignVoter.body).toEqual(unknownUnit.body);

    const list = await api<Summary[]>("GET", "/api/assemblies", { cookie });
    expect(list.body.map((s) => s.id)).not.toContain(theirs.scheduled);
    expect(await snapshotB()).toEqual(before);
    const [mineWritten] = await ownerQuery<{ n: number }>(
      "SELECT (SELECT count(*) FROM attendance WHERE assembly_id = $1)::int + (SELECT count(*) FROM votes v JOIN agenda_items i ON i.id = v.agenda_item_id WHERE i.assembly_id = $1)::int AS n",
      [mine.scheduled],
    );
    expect(mineWritten!.n).toBe(0);
  });
});
