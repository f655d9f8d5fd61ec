// The cross-tenant matrix (docs/rules.md#tenancy-and-isolation): prospect A, logged in, aims every tenant route and page at
// prospect B's records. Routes and pages are ENUMERATED FROM THE CODE: a new tenant route (one that
// uses withDemoOrg) or a new dashboard page with a [param] fails this file until it has a case below.
// Every id-taking request must answer 404 (never 403: it must not reveal that B's record exists),
// list endpoints must show none of B's rows, and B's data must be byte-for-byte unchanged afterwards.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { appUrl, createDemo, login, ownerQuery, productFingerprint } from "./support/app";
import { listApiRoutes } from "./support/routes";

type Ids = {
  org: string;
  unit: string;
  resident: string;
  scheduled: string;
  closed: string;
  voteItem: string;
};
type Probe = { method: string; path: string; body?: unknown; expect: number; absent?: (keyof Ids)[] };
type Case = (a: Ids, b: Ids) => Probe[];

/** One entry per tenant route and method: "METHOD /api/pattern". */
const apiCases: Record<string, Case> = {
  "GET /api/dashboard/overview": () => [
    { method: "GET", path: "/api/dashboard/overview", expect: 200, absent: ["unit", "resident", "scheduled", "closed"] },
  ],
  "GET /api/units": () => [
    { method: "GET", path: "/api/units?pageSize=100", expect: 200, absent: ["unit", "resident"] },
    { method: "GET", path: "/api/units?q=a&pageSize=100", expect: 200, absent: ["unit", "resident"] },
  ],
  "GET /api/units/[unitId]": (_a, b) => [{ method: "GET", path: `/api/units/${b.unit}`, expect: 404 }],
  "POST /api/residents": (_a, b) => [
    {
      method: "POST",
      path: "/api/residents",
      body: { unitId: b.unit, fullName: "Intrusa", email: "intrusa@example.com", type: "owner" },
      expect: 404,
    },
  ],
  "PATCH /api/residents/[residentId]": (_a, b) => [
    { method: "PATCH", path: `/api/residents/${b.resident}`, body: { fullName: "Cambiado" }, expect: 404 },
  ],
  "DELETE /api/residents/[residentId]": (_a, b) => [{ method: "DELETE", path: `/api/residents/${b.resident}`, expect: 404 }],
  // The page-view beacon records for the session's organization only; an organization id in the body is ignored.
  "POST /api/page-views": (_a, b) => [
    { method: "POST", path: "/api/page-views", body: { section: "units", organizationId: b.org }, expect: 204 },
  ],
  "GET /api/settings": () => [{ method: "GET", path: "/api/settings", expect: 200 }],
  "GET /api/onboarding": () => [{ method: "GET", path: "/api/onboarding", expect: 200 }],
  "PATCH /api/onboarding": (_a, b) => [
    { method: "PATCH", path: "/api/onboarding", body: { dismissed: true, id: b.org, organizationId: b.org }, expect: 200 },
  ],
  "PATCH /api/settings": (_a, b) => [
    { method: "PATCH", path: "/api/settings", body: { themeColor: "#ff0000", id: b.org, organizationId: b.org }, expect: 200 },
  ],
  "GET /api/assemblies": () => [{ method: "GET", path: "/api/assemblies", expect: 200, absent: ["scheduled", "closed"] }],
  "POST /api/assemblies": (_a, b) => [
    {
      method: "POST",
      path: "/api/assemblies",
      body: {
        organizationId: b.org,
        title: "Asamblea de A",
        type: "extraordinary",
        scheduledAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        location: "Salón comunal",
        agenda: [{ title: "Punto único", requiresVote: true, majority: "simple" }],
      },
      expect: 201,
    },
  ],
  "GET /api/assemblies/[assemblyId]": (_a, b) => [
    { method: "GET", path: `/api/assemblies/${b.closed}`, expect: 404 },
    { method: "GET", path: `/api/assemblies/${b.scheduled}`, expect: 404 },
  ],
  "POST /api/assemblies/[assemblyId]/attendance": (a, b) => [
    { method: "POST", path: `/api/assemblies/${b.scheduled}/attendance`, body: { unitId: b.unit }, expect: 404 },
    { method: "POST", path: `/api/assemblies/${b.scheduled}/attendance`, body: { unitId: a.unit }, expect: 404 },
    { method: "POST", path: `/api/assemblies/${a.scheduled}/attendance`, body: { unitId: b.unit }, expect: 404 },
  ],
  "POST /api/assemblies/[assemblyId]/votes": (a, b) => [
    {
      method: "POST",
      path: `/api/assemblies/${b.scheduled}/votes`,
      body: { agendaItemId: b.voteItem, unitId: b.unit, choice: "yes" },
      expect: 404,
    },
    {
      method: "POST",
      path: `/api/assemblies/${a.scheduled}/votes`,
      body: { agendaItemId: b.voteItem, unitId: a.unit, choice: "yes" },
      expect: 404,
    },
    {
      method: "POST",
      path: `/api/assemblies/${a.scheduled}/votes`,
      body: { agendaItemId: a.voteItem, unitId: b.unit, choice: "yes" },
      expect: 404,
    },
  ],
  "POST /api/assemblies/[assemblyId]/close": (_a, b) => [{ method: "POST", path: `/api/assemblies/${b.scheduled}/close`, expect: 404 }],
  // Share links (docs/sales.md#share-links): B's own links are covered in tests/share-links.api.test.ts.
  "GET /api/share-links": () => [{ method: "GET", path: "/api/share-links", expect: 200 }],
  "POST /api/share-links": (_a, b) => [{ method: "POST", path: "/api/share-links", body: { organizationId: b.org }, expect: 201 }],
  "DELETE /api/share-links/[shareLinkId]": (_a, b) => [{ method: "DELETE", path: `/api/share-links/${b.org}`, expect: 404 }],
  "POST /api/assemblies/[assemblyId]/second-call": (_a, b) => [
    { method: "POST", path: `/api/assemblies/${b.closed}/second-call`, expect: 404 },
  ],
  "POST /api/assemblies/[assemblyId]/start": (_a, b) => [{ method: "POST", path: `/api/assemblies/${b.scheduled}/start`, expect: 404 }],
  "POST /api/assemblies/[assemblyId]/items/[itemId]/voting": (a, b) => [
    { method: "POST", path: `/api/assemblies/${b.scheduled}/items/${b.voteItem}/voting`, body: { status: "open" }, expect: 404 },
    { method: "POST", path: `/api/assemblies/${a.scheduled}/items/${b.voteItem}/voting`, body: { status: "open" }, expect: 404 },
  ],
  "GET /api/assemblies/[assemblyId]/live": (_a, b) => [{ method: "GET", path: `/api/assemblies/${b.scheduled}/live`, expect: 404 }],
  "GET /api/assemblies/[assemblyId]/voter-links": (_a, b) => [
    { method: "GET", path: `/api/assemblies/${b.scheduled}/voter-links`, expect: 404 },
  ],
  "GET /api/assemblies/[assemblyId]/minutes.pdf": (_a, b) => [
    { method: "GET", path: `/api/assemblies/${b.closed}/minutes.pdf`, expect: 404 },
  ],
  "GET /api/assemblies/[assemblyId]/minutes.txt": (_a, b) => [
    { method: "GET", path: `/api/assemblies/${b.closed}/minutes.txt`, expect: 404 },
  ],
  "POST /api/assemblies/[assemblyId]/simulate": (_a, b) => [
    { method: "POST", path: `/api/assemblies/${b.scheduled}/simulate`, body: { durationSeconds: 10 }, expect: 404 },
    { method: "POST", path: `/api/assemblies/${b.scheduled}/simulate`, body: { stop: true }, expect: 404 },
  ],
  "DELETE /api/assemblies/[assemblyId]/simulate": (_a, b) => [
    { method: "DELETE", path: `/api/assemblies/${b.scheduled}/simulate`, expect: 404 },
  ],
  "POST /api/demo/time-travel": () => [{ method: "POST", path: "/api/demo/time-travel", body: { days: 1 }, expect: 200 }],
};

/** One entry per dashboard page with a [param]: "/dashboard/…/[param]". */
const pageCases: Record<string, Case> = {
  "/dashboard/admin-ph/units/[unitId]": (_a, b) => [{ method: "GET", path: `/dashboard/admin-ph/units/${b.unit}`, expect: 404 }],
  "/dashboard/admin-ph/assemblies/[assemblyId]": (_a, b) => [
    { method: "GET", path: `/dashboard/admin-ph/assemblies/${b.closed}`, expect: 404 },
  ],
  "/dashboard/admin-ph/assemblies/[assemblyId]/projection": (_a, b) => [
    { method: "GET", path: `/dashboard/admin-ph/assemblies/${b.scheduled}/projection`, expect: 404 },
  ],
};

const tenantRoutes = listApiRoutes()
  .filter((r) => readFileSync(path.resolve(import.meta.dirname, "..", r.file), "utf8").includes("withDemoOrg"))
  .flatMap((r) => r.methods.map((m) => `${m} ${r.pattern}`));

/** Pages under src/app/dashboard with a dynamic segment, as URL patterns. */
function dynamicDashboardPages(): string[] {
  const dir = path.resolve(import.meta.dirname, "../src/app/dashboard");
  return (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => path.basename(f) === "page.tsx" && f.includes("["))
    .map(
      (f) =>
        `/dashboard/${path
          .dirname(f)
          .split(path.sep)
          .filter((s) => !s.startsWith("("))
          .join("/")}`,
    );
}

async function idsOf(email: string): Promise<Ids> {
  const [row] = await ownerQuery<Ids>(
    `SELECT u.organization_id AS org,
            (SELECT id FROM units WHERE organization_id = u.organization_id ORDER BY number LIMIT 1) AS unit,
            (SELECT id FROM residents WHERE organization_id = u.organization_id ORDER BY full_name LIMIT 1) AS resident,
            (SELECT id FROM assemblies WHERE organization_id = u.organization_id AND status = 'scheduled' LIMIT 1) AS scheduled,
            (SELECT id FROM assemblies WHERE organization_id = u.organization_id AND status = 'closed' LIMIT 1) AS closed,
            (SELECT ai.id FROM agenda_items ai JOIN assemblies a ON a.id = ai.assembly_id
              WHERE a.organization_id = u.organization_id AND a.status = 'scheduled' AND ai.requires_vote LIMIT 1) AS "voteItem"
     FROM users u WHERE u.email = $1`,
    [email],
  );
  return row!;
}

/** Every row B owns, in every product table, plus B's organization row: a fingerprint of B's data. */
async function fingerprint(org: string): Promise<string> {
  const [orgRow] = await ownerQuery<{ h: string }>("SELECT md5(o::text) AS h FROM organizations o WHERE id = $1", [org]);
  return `${await productFingerprint(org)}:${orgRow!.h}`;
}

describe("cross-tenant matrix", () => {
  let a: Ids;
  let b: Ids;
  let cookieA: string;

  beforeAll(async () => {
    const [emailA, emailB] = await Promise.all([createDemo(), createDemo()]);
    [a, b, cookieA] = await Promise.all([idsOf(emailA), idsOf(emailB), login(emailA)]);
    expect(Object.values(b).every(Boolean)).toBe(true);
  });

  it("has a case for every tenant route and method found in the code", () => {
    expect(tenantRoutes.length).toBeGreaterThanOrEqual(10);
    expect(tenantRoutes.filter((r) => !(r in apiCases))).toEqual([]);
    expect(Object.keys(apiCases).filter((k) => !tenantRoutes.includes(k))).toEqual([]);
  });

  it("has a case for every dashboard page with an id in its URL", () => {
    const pages = dynamicDashboardPages();
    expect(pages.filter((p) => !(p in pageCases))).toEqual([]);
  });

  it("answers 404 to A for every B id, lists none of B's rows, and leaves B's data unchanged", async () => {
    const before = await fingerprint(b.org);
    const pages = new Set(dynamicDashboardPages());
    const probes = [
      ...Object.values(apiCases).flatMap((c) => c(a, b)),
      ...Object.entries(pageCases)
        .filter(([k]) => pages.has(k))
        .flatMap(([, c]) => c(a, b)),
    ];
    const failures: string[] = [];
    for (const probe of probes) {
      const res = await fetch(`${appUrl()}${probe.path}`, {
        method: probe.method,
        headers: { cookie: cookieA, ...(probe.body ? { "content-type": "application/json" } : {}) },
        body: probe.body ? JSON.stringify(probe.body) : undefined,
        redirect: "manual",
      });
      const text = await res.text();
      if (res.status !== probe.expect) failures.push(`${probe.method} ${probe.path} → ${res.status} (expected ${probe.expect})`);
      for (const key of probe.absent ?? []) if (text.includes(b[key])) failures.push(`${probe.method} ${probe.path} leaks B's ${key}`);
      if (text.includes(b.org)) failures.push(`${probe.method} ${probe.path} leaks B's organization id`);
    }
    expect(failures).toEqual([]);
    expect(probes.length).toBeGreaterThanOrEqual(20);
    expect(await fingerprint(b.org)).toBe(before);
  });
});
