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

describe("precompiled messages (what every Next bundle formats)", () => {
  it("read exactly as the ICU strings, for every message of both catalogues", async () => {
    const { compileMessages } = await import("./compiled");
    const { default: formatPrecompiled } = await import("use-intl/format-message/format-only");
    const { _createCache, _createIntlFormatters, createTranslator } = await import("use-intl/core");
    const samples = (message: string) => {
      const names = [...message.matchAll(/\{\s*(\w+)\s*(,\s*(\w+))?/g)];
      const plural = new Set(names.filter(([, , , type]) => type === "plural" || type === "selectordinal").map(([, name]) => name!));
      const values = (n: number) => Object.fromEntries(names.map(([, name]) => [name!, plural.has(name!) ? n : `«${name}»`]));
      return names.length ? [values(0), values(1), values(2), values(7)] : [undefined];
    };
    let checked = 0;
    for (const [locale, catalogue] of [
      ["es", es],
      ["en", en],
    ] as const) {
      const compiled = compileMessages(catalogue as unknown as Record<string, Record<string, string>>);
      const formatters = _createIntlFormatters(_createCache());
      for (const [namespace, group] of Object.entries(catalogue as unknown as Record<string, Record<string, string>>)) {
        const t = createTranslator({ locale, messages: catalogue, namespace: namespace as never });
        for (const [key, message] of Object.entries(group)) {
          for (const values of samples(message)) {
            const expected = (t as unknown as (k: string, v?: object) => string)(key, values);
            const actual = formatPrecompiled(
              undefined as never,
              compiled[namespace]![key] as never,
              values as never,
              {
                locale,
                formatters,
                timeZone: undefined,
              } as never,
            );
            expect({ id: `${locale}:${namespace}.${key}`, text: actual }).toEqual({ id: `${locale}:${namespace}.${key}`, text: expected });
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
