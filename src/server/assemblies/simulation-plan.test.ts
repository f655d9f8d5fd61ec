import { describe, expect, it } from "vitest";
import { apportionByArea, computeQuorum, tallyVote, TOTAL_PPM } from "@/lib/governance";
import { planSimulation, type SimulationEvent, type SimulationItem, type SimulationUnit } from "./simulation-plan";

const areas = Array.from({ length: 50 }, (_, i) => 5_000 + ((i * 7_919) % 6_000));
const coefficients = apportionByArea(areas);
const units: SimulationUnit[] = coefficients.map((coefficient, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  coefficient,
  ownerName: `Propietario ${i}`,
}));
const items: SimulationItem[] = [
  { id: "item-quorum", position: 1, requiresVote: false, majority: "simple" },
  { id: "item-agenda", position: 2, requiresVote: true, majority: "simple" },
  { id: "item-security", position: 3, requiresVote: true, majority: "simple" },
  { id: "item-biometric", position: 4, requiresVote: true, majority: "qualified" },
  { id: "item-other", position: 5, requiresVote: false, majority: "simple" },
];
const DURATION = 120_000;
const coefficientOf = new Map(units.map((u) => [u.id, u.coefficient]));

function outcome(events: SimulationEvent[], upTo = Infinity) {
  const due = events.filter((e) => e.atMs <= upTo);
  const registered = due.filter((e) => e.kind === "register");
  const quorum = computeQuorum(registered.map((r) => coefficientOf.get(r.unitId)!));
  const tallies = new Map(
    items
      .filter((i) => i.requiresVote)
      .map((item) => {
        const votes = due.filter((e): e is Extract<SimulationEvent, { kind: "vote" }> => e.kind === "vote" && e.itemId === item.id);
        return [
          item.id,
          tallyVote(
            votes.map((v) => ({ choice: v.choice, coefficient: coefficientOf.get(v.unitId)! })),
            item.majority,
            quorum.presentCoefficient,
          ),
        ];
      }),
  );
  return { quorum, tallies, registered };
}

describe("planSimulation", () => {
  it("is deterministic for a seed, whatever the order of the units, and differs between seeds", () => {
    const a = planSimulation(42, units, items, DURATION);
    expect(planSimulation(42, [...units].reverse(), [...items].reverse(), DURATION)).toEqual(a);
    expect(planSimulation(43, units, items, DURATION)).not.toEqual(a);
  });

  it("registers owners over the first part, some by proxy, and passes quorum (> 50 %) part-way", () => {
    for (const seed of [1, 2, 3, 675, 2001]) {
      const events = planSimulation(seed, units, items, DURATION);
      const { quorum, registered } = outcome(events);
      expect(quorum.met, `seed ${seed}`).toBe(true);
      expect(quorum.percentPresent).toBeGreaterThan(0.6 * TOTAL_PPM);
      expect(quorum.percentPresent).toBeLessThan(0.85 * TOTAL_PPM);
      expect(Math.max(...registered.map((r) => r.atMs))).toBeLessThanOrEqual(DURATION * 0.4);
      expect(new Set(registered.map((r) => r.unitId)).size).toBe(registered.length);
      const proxies = registered.filter((r) => r.proxy);
      expect(proxies.length, `seed ${seed}`).toBeGreaterThan(0);
      // Quorum is not there from the first second: it rises past 50 % during registration.
      expect(outcome(events, DURATION * 0.05).quorum.met).toBe(false);
      expect(outcome(events, DURATION * 0.4).quorum.met).toBe(true);
    }
  });

  it("never lets a proxy holder be a represented unit, itself, or someone not yet registered", () => {
    for (const seed of [5, 6, 7, 8]) {
      const registered = planSimulation(seed, units, items, DURATION).filter((e) => e.kind === "register");
      const represented = new Set(registered.filter((r) => r.proxy).map((r) => r.unitId));
      registered.forEach((r, i) => {
        if (!r.proxy?.holderUnitId) return;
        expect(r.proxy.holderUnitId).not.toBe(r.unitId);
        expect(represented.has(r.proxy.holderUnitId)).toBe(false);
        expect(registered.slice(0, i).some((earlier) => earlier.unitId === r.proxy!.holderUnitId)).toBe(true);
      });
    }
  });

  it("has a unit whose proxy another owner holds vote with that owner, at the same moment", () => {
    const events = planSimulation(21, units, items, DURATION);
    const held = events.filter(
      (e): e is Extract<SimulationEvent, { kind: "register" }> => e.kind === "register" && Boolean(e.proxy?.holderUnitId),
    );
    expect(held.length).toBeGreaterThan(0);
    const votes = events.filter((e): e is Extract<SimulationEvent, { kind: "vote" }> => e.kind === "vote");
    for (const registration of held) {
      for (const vote of votes.filter((v) => v.unitId === registration.unitId)) {
        const holderVote = votes.find((v) => v.itemId === vote.itemId && v.unitId === registration.proxy!.holderUnitId);
        expect(holderVote).toMatchObject({ choice: vote.choice, atMs: vote.atMs });
      }
    }
  });

  it("votes each item in its own window with plausible splits; the qualified item fails (art. 46), simple ones pass", () => {
    for (const seed of [1, 2, 3, 675, 2001]) {
      const events = planSimulation(seed, units, items, DURATION);
      const { tallies, registered } = outcome(events);
      const biometric = tallies.get("item-biometric")!;
      expect(biometric.passed, `seed ${seed}`).toBe(false);
      expect(biometric.yesPercentOfBuilding).toBeLessThan(0.7 * TOTAL_PPM);
      expect(biometric.yes).toBeGreaterThan(0);
      for (const id of ["item-agenda", "item-security"]) {
        const tally = tallies.get(id)!;
        expect(tally.passed, `${id} seed ${seed}`).toBe(true);
        expect(tally.no, `${id} seed ${seed}`).toBeGreaterThan(0);
        expect(tally.yesPercent).toBeLessThan(0.95 * TOTAL_PPM);
      }
      const present = new Set(registered.map((r) => r.unitId));
      for (const item of items) {
        const own = events.filter((e) => "itemId" in e && e.itemId === item.id);
        if (!item.requiresVote) {
          expect(own).toEqual([]);
          continue;
        }
        expect(own[0]!.kind).toBe("open_item");
        expect(own.at(-1)!.kind).toBe("close_item");
        const votes = own.filter((e) => e.kind === "vote");
        expect(votes.every((v) => present.has(v.unitId) && v.atMs > DURATION * 0.4)).toBe(true);
        expect(new Set(votes.map((v) => v.unitId)).size).toBe(votes.length);
      }
      expect(Math.max(...events.map((e) => e.atMs))).toBeLessThanOrEqual(DURATION);
    }
  });

  it("lets a second qualified item pass and orders events in time", () => {
    const twoQualified = [...items, { id: "item-fees", position: 6, requiresVote: true, majority: "qualified" as const }];
    for (const seed of [9, 10, 11, 12, 13]) {
      const events = planSimulation(seed, units, twoQualified, DURATION);
      const registered = events.filter((e) => e.kind === "register").map((r) => coefficientOf.get(r.unitId)!);
      const quorum = computeQuorum(registered);
      const votes = events.filter((e): e is Extract<SimulationEvent, { kind: "vote" }> => e.kind === "vote" && e.itemId === "item-fees");
      const tally = tallyVote(
        votes.map((v) => ({ choice: v.choice, coefficient: coefficientOf.get(v.unitId)! })),
        "qualified",
        quorum.presentCoefficient,
      );
      expect(tally.passed, `seed ${seed}`).toBe(true);
      expect(events.map((e) => e.atMs)).toEqual([...events.map((e) => e.atMs)].sort((a, b) => a - b));
    }
  });

  it("refuses a non-positive duration", () => {
    expect(() => planSimulation(1, units, items, 0)).toThrow(RangeError);
  });
});
