import { describe, expect, it } from "vitest";
import { checkProxy, normalizePersonName, unitsVotedBy } from "./proxies";

describe("checkProxy (Ley 675 arts. 37, 45; Código de Comercio art. 185 by analogy)", () => {
  it("accepts another unit's owner or a named third party, with no cap", () => {
    expect(checkProxy("b", { kind: "unit", unitId: "a" })).toBeNull();
    expect(checkProxy("b", { kind: "third_party", name: "Luisa Gómez" }, { administratorNames: ["Carlos Ruiz"] })).toBeNull();
  });

  it("refuses a unit holding its own proxy", () => {
    expect(checkProxy("a", { kind: "unit", unitId: "a" })).toBe("proxy_self");
  });

  it("refuses a holder unit that is itself represented (no substitution)", () => {
    expect(checkProxy("b", { kind: "unit", unitId: "a" }, { holderIsRepresented: true })).toBe("proxy_chain");
  });

  it("refuses the administrator as holder, whatever the case or accents", () => {
    expect(checkProxy("b", { kind: "third_party", name: "  CARLOS  ruíz " }, { administratorNames: ["Carlos Ruiz"] })).toBe(
      "proxy_administrator",
    );
  });
});

describe("unitsVotedBy — the represented coefficient adds to the holder's", () => {
  it("is the voter's unit plus every unit it holds a proxy for", () => {
    const registrations = [
      { unitId: "a", proxyHolderUnitId: null },
      { unitId: "b", proxyHolderUnitId: "a" },
      { unitId: "c", proxyHolderUnitId: "a" },
      { unitId: "d", proxyHolderUnitId: "e" },
    ];
    expect(unitsVotedBy("a", registrations)).toEqual(["a", "b", "c"]);
    expect(unitsVotedBy("d", registrations)).toEqual(["d"]);
  });

  it("normalizes names for comparison", () => {
    expect(normalizePersonName("José  PÉREZ")).toBe("jose perez");
  });
});
