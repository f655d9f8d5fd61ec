// The landing page as a CDN and a phone get it (docs/performance.md): prerendered per language, served
// for GET / in the visitor's language with a Cache-Control shared caches may keep and a CSP that needs
// no nonce; pages rendered per request keep theirs. And each page carries only the messages its client
// components use, not the whole catalogue.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appUrl, createDemo, login, randomIp } from "./support/app";

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${appUrl()}${path}`, { redirect: "manual", headers: { "x-forwarded-for": randomIp(), ...headers } });

/** The `'sha256-…'` sources a browser would compute for each inline <script> of `html`. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    ([, body]) => `'sha256-${createHash("sha256").update(body!).digest("base64")}'`,
  );
}
const scriptSrcOf = (res: Response) =>
  (res.headers.get("content-security-policy") ?? "")
    .split("; ")
    .find((d) => d.startsWith("script-src "))!
    .split(" ")
    .slice(1);

describe("GET /", () => {
  it("is cacheable by a CDN, and the same bytes for every visitor of a language", async () => {
    const [a, b] = await Promise.all([get("/"), get("/")]);
    expect([a.status, b.status]).toEqual([200, 200]);
    for (const res of [a, b]) {
      const cacheControl = res.headers.get("cache-control") ?? "";
      expect(cacheControl).toMatch(/(^|, )public(,|$)/);
      expect(Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1])).toBeGreaterThan(0);
      expect(cacheControl).not.toMatch(/private|no-store/);
      expect(res.headers.get("vary") ?? "").not.toMatch(/cookie/i);
    }
    expect(await a.text()).toBe(await b.text());
  });

  it("allows exactly its own inline scripts by hash, with no nonce", async () => {
    const res = await get("/");
    const html = await res.text();
    const scriptSrc = scriptSrcOf(res);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc.some((s) => s.startsWith("'nonce-"))).toBe(false);
    const hashes = inlineScriptHashes(html);
    expect(hashes.length).toBeGreaterThan(0);
    expect(scriptSrc.filter((s) => s.startsWith("'sha256-")).sort()).toEqual([...new Set(hashes)].sort());
    expect(html).not.toContain("nonce=");
  });

  it("speaks the visitor's language: the locale cookie, then Accept-Language, else Spanish", async () => {
    const lang = async (headers: Record<string, string>) => /<html lang="(\w+)"/.exec(await (await get("/", headers)).text())?.[1];
    expect(await lang({})).toBe("es");
    expect(await lang({ "accept-language": "en-US,en;q=0.9" })).toBe("en");
    expect(await lang({ "accept-language": "en-US", cookie: "locale=es" })).toBe("es");
    expect(await lang({ "accept-language": "es-CO", cookie: "locale=en" })).toBe("en");
    const english = await (await get("/", { cookie: "locale=en" })).text();
    expect(english).toContain("Create my demo");
  });
});

describe("pages rendered per request", () => {
  it("keep a per-request nonce and are never stored by shared caches", async () => {
    const cookie = await login(await createDemo());
    for (const path of ["/login", "/demo", "/dashboard/admin-ph?mode=demo"]) {
      const res = await get(path, { cookie });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(scriptSrcOf(res)).toContain("'strict-dynamic'");
      expect(scriptSrcOf(res).some((s) => s.startsWith("'nonce-"))).toBe(true);
      expect(res.headers.get("cache-control")).toMatch(/private|no-store/);
    }
  });
});

describe("messages sent to the browser", () => {
  it("are only the namespaces the page's client components use", async () => {
    const cookie = await login(await createDemo());
    // A sales-console string and a chatbot string: neither has a client component on these pages.
    const salesConsole = "Exportar CSV";
    for (const path of ["/", "/login", "/demo", "/dashboard/admin-ph?mode=demo"]) {
      const html = await (await get(path, { cookie })).text();
      expect({ path, salesConsole: html.includes(salesConsole) }).toEqual({ path, salesConsole: false });
    }
    const dashboard = await (await get("/dashboard/admin-ph?mode=demo", { cookie })).text();
    expect(dashboard).not.toContain("¡Hola! Soy el asistente de Assembly");
  });
});

describe("code sent to the browser on a page's first load", () => {
  it("carries neither message catalogue nor zod: forms fetch their schemas when first used", async () => {
    const cookie = await login(await createDemo());
    // "Exportar CSV" is in the catalogue (both languages, every namespace) but in no client component of
    // these pages; "$ZodType" is in zod's core.
    const markers = { catalogue: "Exportar CSV", zod: "$ZodType" };
    for (const path of ["/", "/login", "/demo", "/dashboard/admin-ph?mode=demo"]) {
      const html = await (await get(path, { cookie })).text();
      const scripts = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => src!))];
      expect({ path, scripts: scripts.length > 0 }).toEqual({ path, scripts: true });
      const code = (await Promise.all(scripts.map(async (src) => (await get(src)).text()))).join("\n");
      const found = Object.entries(markers).filter(([, marker]) => code.includes(marker));
      expect({ path, found: found.map(([name]) => name) }).toEqual({ path, found: [] });
    }
  });

  it("asks V8 to compile every script while it downloads, not on the main thread when first called", async () => {
    for (const path of ["/", "/dashboard/admin-ph?mode=demo"]) {
      const cookie = path === "/" ? undefined : await login(await createDemo());
      const html = await (await get(path, cookie ? { cookie } : {})).text();
      const scripts = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => src!))];
      const heads = await Promise.all(scripts.map(async (src) => [src, (await (await get(src)).text()).split("\n", 1)[0]]));
      const withoutHint = heads.filter(([, first]) => first !== "//# allFunctionsCalledOnLoad").map(([src]) => src);
      expect({ path, scripts: scripts.length, withoutHint }).toEqual({ path, scripts: scripts.length, withoutHint: [] });
      expect(scripts.length).toBeGreaterThan(3);
    }
  });
});
