// The sales console's lead filters with values PostgreSQL cannot take (a NUL in the search, dates
// outside its range): the CSV export refuses them with 400 and a field error, and the
// console's pages drop them and still render.
import { beforeAll, describe, expect, it } from "vitest";
import { appUrl, login } from "./support/app";

let cookie: string;
beforeAll(async () => {
  cookie = await login("sales.export@assembly.test");
});

const get = (path: string) => fetch(`${appUrl()}${path}`, { headers: { cookie }, redirect: "manual" });

describe("lead filters PostgreSQL cannot take", () => {
  it("the CSV export answers 400 with the field that is wrong", async () => {
    const cases: [string, string][] = [
      ["q=%00", "q"],
      ["q=a%01b", "q"],
      ["source=%00", "source"],
      ["from=0000-01-01", "from"],
      ["from=-271821-04-20", "from"],
      ["to=9999-12-31", "to"],
      ["to=275760-09-13", "to"],
      ["from=294277-01-01T00:00:00Z", "from"],
      ["from=yesterday", "from"],
    ];
    for (const [query, field] of cases) {
      const res = await get(`/api/admin/leads/export?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      const body = (await res.json()) as { error: { code: string; fields: Record<string, string[]> } };
      expect(body.error.code).toBe("validation_failed");
      expect(Object.keys(body.error.fields)).toEqual([field]);
    }
    const ok = await get("/api/admin/leads/export?q=example&from=2026-01-01&to=2026-12-31");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^text\/csv/);
  });

  it("the console's leads and analytics pages ignore them instead of failing", async () => {
    for (const query of ["q=%00", "from=0000-01-01&to=9999-12-31", "from=-271821-04-20"]) {
      for (const page of ["/admin", "/admin/analytics"]) {
        const res = await get(`${page}?${query}`);
        expect({ page, query, status: res.status }).toEqual({ page, query, status: 200 });
      }
    }
  });
});
