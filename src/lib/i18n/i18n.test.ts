import { describe, expect, it } from "vitest";
import { en } from "./messages.en";
import { es } from "./messages.es";
import { getTranslator, pickMessages, resolveLocale } from "./index";

describe("resolveLocale", () => {
  it("prefers the explicit choice, then the demo setting, then Accept-Language, else Spanish", () => {
    expect(resolveLocale("en", "es", "es-CO")).toBe("en");
    expect(resolveLocale(undefined, "en", "es-CO")).toBe("en");
    expect(resolveLocale(undefined, null, "fr-FR,en-US;q=0.8")).toBe("en");
    expect(resolveLocale(undefined, null, "fr-FR")).toBe("es");
  });
});

describe("messages", () => {
  it("have the same keys in Spanish and English", () => {
    const keys = (m: Record<string, Record<string, string>>) =>
      Object.entries(m)
        .flatMap(([ns, v]) => Object.keys(v).map((k) => `${ns}.${k}`))
        .sort();
    expect(keys(en)).toEqual(keys(es as unknown as Record<string, Record<string, string>>));
  });

  it("pluralize the days left", () => {
    expect(getTranslator("es", "dashboard")("daysLeft", { days: 1 })).toBe("Tu demo vence en 1 día");
    expect(getTranslator("es", "dashboard")("daysLeft", { days: 15 })).toBe("Tu demo vence en 15 días");
    expect(getTranslator("en", "dashboard")("hoursLeft", { hours: 5 })).toBe("Your demo expires in 5 hours");
  });
});

describe("pickMessages", () => {
  it("keeps only the namespaces asked for, in the locale asked for", () => {
    const picked = pickMessages("en", ["common", "login"]);
    expect(Object.keys(picked).sort()).toEqual(["common", "login"]);
    expect(picked.common).toBe(en.common);
    expect(JSON.stringify(pickMessages("es", ["common"])).length).toBeLessThan(JSON.stringify(es).length / 20);
  });
});
