import { describe, expect, it } from "vitest";
import { computeQuorum, percentToPpm, tallyVote, TOTAL_PPM } from "@/lib/governance";
import { buildScenarioContent } from "./build-scenario-content";
import { ENGLISH_TEXT } from "./content-en";
import { assemblyPlans } from "./assembly-plans";
import { localizeScenario, scenarios } from "./registry";
import type { ScenarioContent } from "./types";

const DAY_MS = 86_400_000;
const now = new Date("2026-11-21T15:30:00Z");
function build(name: keyof typeof scenarios, at = now) {
  return buildScenarioContent(scenarios[name], { organizationId: crypto.randomUUID(), now: at });
}
const content = build("urban-tower");

function closedAssemblies(c: ScenarioContent) {
  return c.assemblies.filter((a) => a.status === "closed");
}
function coefficientOf(c: ScenarioContent) {
  return new Map(c.units.map((u) => [u.id, percentToPpm(u.coefficient)]));
}
function allDates(c: ScenarioContent) {
  return [
    ...c.units.map((u) => u.createdAt),
    ...c.residents.map((r) => r.createdAt),
    ...c.assemblies.flatMap((a) => [a.createdAt, ...(a.status === "closed" ? [a.scheduledAt, a.closedAt!] : [])]),
    ...c.attendance.map((a) => a.registeredAt),
    ...c.votes.map((v) => v.castAt),
  ];
}

describe("buildScenarioContent — urban-tower", () => {
  it("has 50 units in one tower, numbered per floor, with one owner each and about a quarter rented", () => {
    expect(content.units).toHaveLength(50);
    expect(new Set(content.units.map((u) => u.tower))).toEqual(new Set(["Torre A"]));
    expect(content.units.map((u) => u.number)).toContain("101");
    expect(content.units.map((u) => u.number)).toContain("1005");
    expect(new Set(content.units.map((u) => `${u.tower}/${u.number}`)).size).toBe(50);
    for (const unit of content.units) {
      expect(content.residents.filter((r) => r.unitId === unit.id && r.type === "owner")).toHaveLength(1);
    }
    const tenants = content.residents.filter((r) => r.type === "tenant").length;
    expect(tenants / 50).toBeGreaterThanOrEqual(0.2);
    expect(tenants / 50).toBeLessThanOrEqual(0.3);
  });

  it("derives coefficients from area, summing to exactly 100.0000 %", () => {
    const ppm = content.units.map((u) => percentToPpm(u.coefficient));
    expect(ppm.reduce((a, b) => a + b, 0)).toBe(TOTAL_PPM);
    const areas = content.units.map((u) => percentToPpm(u.areaM2));
    const areaSum = areas.reduce((a, b) => a + b, 0);
    areas.forEach((area, i) => expect(Math.abs(ppm[i]! - (area / areaSum) * TOTAL_PPM)).toBeLessThan(1));
    for (const unit of content.units) expect(unit.coefficient).toMatch(/^\d+\.\d{4}$/);
  });

  it("puts a minority (10–20 %) of units in arrears", () => {
    const share = content.units.filter((u) => u.duesStatus === "in_arrears").length / content.units.length;
    expect(share).toBeGreaterThanOrEqual(0.1);
    expect(share).toBeLessThanOrEqual(0.2);
  });

  it("gives residents name-derived emails on reserved domains only and Colombian mobiles", () => {
    const emails = content.residents.map((r) => r.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const resident of content.residents) {
      expect(resident.email).toMatch(/^[a-z]+\.[a-z]+\.\d{3,4}(\.\d+)?@(example\.com|[a-z0-9-]+\.test)$/);
      const firstName = resident.fullName
        .split(" ")[0]!
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase();
      expect(resident.email.startsWith(`${firstName}.`)).toBe(true);
      if (resident.phone !== null) expect(resident.phone).toMatch(/^\+57 3\d{2} \d{3} \d{4}$/);
    }
  });

  it("is deterministic except for ids, and binds every row to the organization", () => {
    const organizationId = crypto.randomUUID();
    const again = buildScenarioContent(scenarios["urban-tower"], { organizationId, now });
    const strip = (c: ScenarioContent) => ({
      units: c.units.map(({ tower, number, areaM2, coefficient, duesStatus, monthlyFee }) => ({
        tower,
        number,
        areaM2,
        coefficient,
        duesStatus,
        monthlyFee,
      })),
      residents: c.residents.map(({ fullName, email, phone, type }) => ({ fullName, email, phone, type })),
      assemblies: c.assemblies.map(({ title, quorumPercent, minutes, scheduledAt }) => ({ title, quorumPercent, minutes, scheduledAt })),
      votes: c.votes.map((v) => v.choice),
    });
    expect(strip(again)).toEqual(strip(content));
    const ids = (c: ScenarioContent) => Object.values(c).flatMap((rows: { id: string }[]) => rows.map((r) => r.id));
    expect(new Set([...ids(content), ...ids(again)]).size).toBe(ids(content).length * 2);
    for (const rows of Object.values(again))
      for (const row of rows as { organizationId: string }[]) expect(row.organizationId).toBe(organizationId);
  });

  it.each(["2026-11-21T15:30:00Z", "2026-11-21T04:59:59Z", "2026-11-21T05:00:00Z", "2028-02-29T23:59:59Z"])(
    "places the history in the 12 months before `now` (%s) and the one upcoming assembly 7–20 days after",
    (iso) => {
      const at = new Date(iso);
      const c = build("urban-tower", at);
      for (const date of allDates(c)) {
        expect(date.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(date.getTime()).toBeGreaterThanOrEqual(at.getTime() - 365 * DAY_MS);
      }
      const upcoming = c.assemblies.filter((a) => a.status === "scheduled");
      expect(upcoming).toHaveLength(1);
      const daysAhead = (upcoming[0]!.scheduledAt.getTime() - at.getTime()) / DAY_MS;
      expect(daysAhead).toBeGreaterThanOrEqual(7);
      expect(daysAhead).toBeLessThanOrEqual(20);
    },
  );

  it("moves every date, and the dates in the minutes, with `now`", () => {
    const later = build("urban-tower", new Date(now.getTime() + 100 * DAY_MS));
    const shifts = allDates(later).map((date, i) => date.getTime() - allDates(content)[i]!.getTime());
    expect(new Set(shifts)).toEqual(new Set([100 * DAY_MS]));
    expect(later.assemblies[0]!.minutes).not.toBe(content.assemblies[0]!.minutes);
  });

  it("leaves the upcoming assembly with an agenda but no attendance, votes, quorum or minutes", () => {
    const upcoming = content.assemblies.find((a) => a.status === "scheduled")!;
    expect(upcoming).toMatchObject({ quorumPercent: null, minutes: null, closedAt: null });
    const items = content.agendaItems.filter((i) => i.assemblyId === upcoming.id);
    expect(items.length).toBeGreaterThan(2);
    expect(content.attendance.filter((a) => a.assemblyId === upcoming.id)).toHaveLength(0);
    expect(content.votes.filter((v) => items.some((i) => i.id === v.agendaItemId))).toHaveLength(0);
  });

  it("closes an ordinary, an extraordinary and a quorum-missed assembly with realistic attendance", () => {
    const closed = closedAssemblies(content);
    expect(closed.length).toBeGreaterThanOrEqual(3);
    expect(closed.some((a) => a.type === "ordinary" && content.agendaItems.filter((i) => i.assemblyId === a.id).length >= 6)).toBe(true);
    expect(closed.some((a) => a.type === "extraordinary")).toBe(true);
    const coefficients = coefficientOf(content);
    const quorums = closed.map((a) => {
      const present = content.attendance.filter((x) => x.assemblyId === a.id).map((x) => coefficients.get(x.unitId)!);
      const quorum = computeQuorum(present);
      expect(a.quorumPercent).toBe((quorum.percentPresent / 10_000).toFixed(4));
      return quorum;
    });
    const missed = quorums.filter((q) => !q.met);
    expect(missed).toHaveLength(1);
    expect(missed[0]!.percentPresent).toBeGreaterThanOrEqual(350_000);
    for (const q of quorums.filter((q) => q.met)) {
      expect(q.percentPresent).toBeGreaterThanOrEqual(600_000);
      expect(q.percentPresent).toBeLessThanOrEqual(850_000);
    }
  });

  it("takes votes only from units present, only on items that require a vote, once per unit, with both majorities", () => {
    const itemById = new Map(content.agendaItems.map((i) => [i.id, i]));
    const present = new Set(content.attendance.map((a) => `${a.assemblyId}/${a.unitId}`));
    const seen = new Set<string>();
    for (const vote of content.votes) {
      const item = itemById.get(vote.agendaItemId)!;
      expect(item.requiresVote).toBe(true);
      expect(present.has(`${item.assemblyId}/${vote.unitId}`)).toBe(true);
      expect(seen.has(`${vote.agendaItemId}/${vote.unitId}`)).toBe(false);
      seen.add(`${vote.agendaItemId}/${vote.unitId}`);
    }
    const votedRules = new Set(content.votes.map((v) => itemById.get(v.agendaItemId)!.majority));
    expect(votedRules).toEqual(new Set(["simple", "qualified"]));
    const missed = closedAssemblies(content).find((a) => Number(a.quorumPercent) < 50)!;
    expect(content.votes.some((v) => itemById.get(v.agendaItemId)!.assemblyId === missed.id)).toBe(false);
  });

  it("writes Spanish minutes from the data: date, quorum and each voted item's weighted result", () => {
    const coefficients = coefficientOf(content);
    const pct = (ppm: number) => `${(Math.round(ppm / 100) / 100).toFixed(2).replace(".", ",")} %`;
    for (const assembly of closedAssemblies(content)) {
      const minutes = assembly.minutes!;
      expect(minutes).toMatch(/^ACTA N\.º \d+\nASAMBLEA GENERAL (ORDINARIA|EXTRAORDINARIA) DE COPROPIETARIOS\nP\.H\. Urban Tower\n/);
      expect(minutes).toContain(pct(percentToPpm(assembly.quorumPercent!)));
      expect(minutes).toContain("artículo 45 de la Ley 675 de 2001");
      expect(minutes).toMatch(/CIERRE/);
      const present = computeQuorum(content.attendance.filter((a) => a.assemblyId === assembly.id).map((a) => coefficients.get(a.unitId)!));
      for (const item of content.agendaItems.filter((i) => i.assemblyId === assembly.id)) {
        expect(minutes).toContain(`${item.position}. ${item.title}`);
        const votes = content.votes.filter((v) => v.agendaItemId === item.id);
        if (votes.length === 0) continue;
        const tally = tallyVote(
          votes.map((v) => ({ choice: v.choice, coefficient: coefficients.get(v.unitId)! })),
          item.majority,
          present.presentCoefficient,
        );
        expect(minutes).toContain(`a favor ${pct(tally.yesPercent)}, en contra ${pct(tally.noPercent)}`);
      }
    }
  });
});

describe("buildScenarioContent — other scenarios", () => {
  it.each([
    ["small-building", 12, 1],
    ["residential-complex", 300, 3],
  ] as const)("%s has %i units in %i tower(s), coefficients summing to 100 %, a minority in arrears", (name, units, towers) => {
    const c = build(name);
    expect(c.units).toHaveLength(units);
    expect(new Set(c.units.map((u) => u.tower)).size).toBe(towers);
    expect(c.units.reduce((sum, u) => sum + percentToPpm(u.coefficient), 0)).toBe(TOTAL_PPM);
    const arrears = c.units.filter((u) => u.duesStatus === "in_arrears").length / units;
    expect(arrears).toBeGreaterThanOrEqual(0.1);
    expect(arrears).toBeLessThanOrEqual(0.2);
    expect(c.assemblies.filter((a) => a.status === "scheduled")).toHaveLength(1);
    expect(closedAssemblies(c).filter((a) => Number(a.quorumPercent) <= 50)).toHaveLength(1);
  });
});

describe("buildScenarioContent — English", () => {
  const english = buildScenarioContent(localizeScenario(scenarios["urban-tower"], "en"), { organizationId: crypto.randomUUID(), now });

  it("has an English version of every text the plans seed", () => {
    const texts = assemblyPlans.flatMap((plan) => [
      plan.title,
      ...plan.agenda.flatMap((item) => [item.title, item.description, item.note ?? ""]),
    ]);
    for (const text of texts.filter(Boolean)) expect(ENGLISH_TEXT[text], text).toBeTruthy();
  });

  it("is the Spanish building told in English: same people, coefficients and votes; English titles, towers, minutes and percentages", () => {
    expect(english.residents.map((r) => r.fullName)).toEqual(content.residents.map((r) => r.fullName));
    expect(english.units.map((u) => u.coefficient)).toEqual(content.units.map((u) => u.coefficient));
    expect(english.votes.map((v) => v.choice)).toEqual(content.votes.map((v) => v.choice));
    expect(new Set(english.units.map((u) => u.tower))).toEqual(new Set(["Tower A"]));
    expect(english.assemblies.map((a) => a.title)).toContain("Ordinary General Meeting of Owners");
    const minutes = english.assemblies.flatMap((a) => (a.minutes ? [a.minutes] : []));
    expect(minutes.length).toBe(3);
    for (const text of minutes) {
      expect(text).toMatch(/^MINUTES NO\. \d+\n(ORDINARY|EXTRAORDINARY) GENERAL MEETING OF OWNERS\nP\.H\. Urban Tower\n/);
      expect(text).toMatch(/\d+\.\d{2}% of the ownership coefficients/);
      expect(text).not.toMatch(/ de (los|la) /);
    }
  });
});

describe("seeded people", () => {
  it("are Colombian: curated given names, two surnames, labels that can agree in gender", () => {
    for (const resident of content.residents) expect(resident.fullName.split(" ").length).toBeGreaterThanOrEqual(3);
    const female = content.residents.filter((r) =>
      /^(María|Ana|Luz|Laura|Daniela|Valentina|Natalia|Carolina|Juliana|Catalina)/.test(r.fullName),
    );
    expect(female.length).toBeGreaterThan(0);
  });
});
