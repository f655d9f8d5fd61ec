// The overview phase's measurement: server time to load (and optionally render) the PH admin overview
// for random demos, as the app role, through the app's own code — the same `withTenant` +
// `getDashboardOverview(tenant, now)` that src/app/dashboard/admin-ph/page.tsx runs (`read(...)`).
import type pg from "pg";
import { prisma } from "../../src/server/db/client";
import { withTenant } from "../../src/server/db/tenant";
import { getDashboardOverview } from "../../src/server/dashboard/get-dashboard-overview";
import { organizationSummarySelect } from "../../src/server/tenancy/resolve-demo-org";

export type OverviewSample = {
  organizationId: string;
  /** The page's access lookup: the session user with its organization (`resolveDemoOrg`'s query). */
  accessMs: number;
  /** `withTenant(org, (tenant) => getDashboardOverview(tenant, now))`. */
  loadMs: number;
  /** The loaded overview, JSON (what the page renders from). */
  overview: Awaited<ReturnType<typeof getDashboardOverview>>;
  credits: number;
  locale: string;
};

/** `count` random active demos (with their admin user), in random order. */
export async function pickDemos(owner: pg.Client, count: number): Promise<{ organizationId: string; userId: string }[]> {
  const { rows } = await owner.query<{ organizationId: string; userId: string }>(
    `SELECT o.id AS "organizationId", u.id AS "userId"
     FROM organizations o JOIN users u ON u.organization_id = o.id
     WHERE o.is_demo AND o.status = 'active' ORDER BY random() LIMIT $1`,
    [count],
  );
  if (rows.length < count) throw new Error(`only ${rows.length} demos to sample, ${count} wanted`);
  return rows;
}

/**
 * Loads the overview of one demo the way a request does, timing its two database parts: the access
 * lookup `renderDemoPage` does first (`resolveDemoOrg`: the user by id with its organization — the
 * same Prisma query; the session itself is a JWT, no database), then the page's `read`.
 */
export async function loadOverview(demo: { organizationId: string; userId: string }): Promise<OverviewSample> {
  const accessStarted = performance.now();
  const user = await prisma.user.findUnique({
    where: { id: demo.userId },
    select: {
      id: true,
      email: true,
      role: true,
      organization: { select: organizationSummarySelect },
    },
  });
  const accessMs = performance.now() - accessStarted;
  if (!user?.organization || user.organization.id !== demo.organizationId) throw new Error(`no organization for user ${demo.userId}`);
  const now = new Date();
  const loadStarted = performance.now();
  const overview = await withTenant(demo.organizationId, (tenant) => getDashboardOverview(tenant, now));
  const loadMs = performance.now() - loadStarted;
  return {
    organizationId: demo.organizationId,
    accessMs,
    loadMs,
    overview,
    credits: user.organization.assemblyCredits,
    locale: user.organization.locale,
  };
}
