import "server-only";
import { v7 as uuidv7 } from "uuid";
import { env } from "@/env";
import { type Prisma, prisma } from "@/server/db/client";
import { bindTenant } from "@/server/db/tenant";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";
import { localDayStart } from "@/server/scenarios/calendar";
import { scenarios } from "@/server/scenarios/registry";
import { ensureScenarioTemplate, templateKey } from "@/server/scenarios/scenario-template";
import type { Scenario } from "@/server/scenarios/types";
import { demoExpiryFrom } from "./demo-policy";
import type { NewDemoUser } from "./create-demo-organization";

/**
 * The warm pool (docs/scale.md): per scenario, up to DEMO_POOL_SIZE organizations whose content is
 * already copied from the template, waiting for a prospect. A pooled organization is `is_demo = false`
 * with `pooled_at` set and no user, so analytics, the active-demo cap, the console, expiry, purge and
 * every tenant path (which all start from a demo or a user) ignore it until it is claimed. Its dates
 * are those of the local (Colombian) day it was filled; entries from an earlier day are recycled, so a
 * claimed demo's dates are exactly those of a demo provisioned now.
 */

/**
 * Claims a ready organization of `scenario` inside the caller's provisioning transaction and binds it
 * to the prospect in one statement: `FOR UPDATE SKIP LOCKED` on the oldest entry of today (concurrent
 * claims take different ones), made a demo (name, expiry, locale, created now), its ADMIN_PH user
 * inserted; then the transaction is bound to it (`bindTenant`), and, when the prospect named their
 * building, the seeded minutes are made to name it instead of the scenario's. The caller records the creation
 * (`recordDemoCreated`) in the same transaction.
 * @returns the claimed organization, or null when the pool of that scenario is empty.
 */
export async function claimPooledDemo(
  tx: Prisma.TransactionClient,
  input: { scenario: Scenario; now: Date; locale?: string; name?: string; expires?: boolean; user: NewDemoUser },
): Promise<{ organizationId: string; userId: string; demoExpiresAt: Date | null } | null> {
  const demoExpiresAt = input.expires === false ? null : demoExpiryFrom(input.now);
  const now = sqlTimestamp(input.now);
  const [row] = await tx.$queryRaw<{ organization_id: string; user_id: string }[]>`
    WITH picked AS (
      SELECT id FROM organizations
      WHERE scenario = ${input.scenario.name} AND locale = ${input.scenario.locale}
        AND pooled_at >= ${sqlTimestamp(new Date(localDayStart(input.now)))} AND NOT is_demo
      ORDER BY pooled_at LIMIT 1 FOR UPDATE SKIP LOCKED),
    org AS (
      UPDATE organizations o SET is_demo = true, pooled_at = NULL, name = ${input.name ?? input.scenario.organizationName},
        demo_expires_at = ${demoExpiresAt ? sqlTimestamp(demoExpiresAt) : null}::timestamptz,
        locale = ${input.locale ?? input.scenario.locale}, created_at = ${now}, updated_at = ${now}
      FROM picked WHERE o.id = picked.id RETURNING o.id),
    usr AS (
      INSERT INTO users (id, email, email_key, name, role, organization_id, locale, created_at)
      SELECT gen_random_uuid(), ${input.user.email}, ${input.user.emailKey}, ${input.user.name ?? null}, 'ADMIN_PH', org.id, ${input.locale ?? null}, ${now}
      FROM org RETURNING id, organization_id)
    SELECT organization_id, id AS user_id FROM usr`;
  if (!row) return null;
  await bindTenant(tx, row.organization_id);
  if (input.name && input.name !== input.scenario.organizationName) {
    // The pooled copy's minutes name the scenario's building; the prospect's demo names theirs.
    await tx.$executeRaw`
      UPDATE assemblies SET minutes = replace(minutes, ${input.scenario.organizationName}, ${input.name})
      WHERE organization_id = ${row.organization_id}::uuid AND minutes IS NOT NULL`;
  }
  return { organizationId: row.organization_id, userId: row.user_id, demoExpiresAt };
}

export type RefillResult = { added: number; recycled: number };

/**
 * Tops the pool of each scenario (or only `only`) up to `size` (DEMO_POOL_SIZE) ready organizations
 * of today, after deleting the entries filled on an earlier local day (their product rows cascade),
 * building the scenario's template first when it is missing or stale. Each new entry is one statement
 * (`topUpDemoPool`: the organization, not a demo, `pooled_at` now, and its content copied from the
 * template). Run by the lifecycle run. Concurrent refills may overshoot by a few entries, which the
 * next claims use up.
 * @returns entries added and recycled.
 */
export async function refillDemoPool({
  now = new Date(),
  size = env.DEMO_POOL_SIZE,
  only,
}: { now?: Date; size?: number; only?: Scenario } = {}): Promise<RefillResult> {
  const result: RefillResult = { added: 0, recycled: 0 };
  const today = sqlTimestamp(new Date(localDayStart(now)));
  result.recycled = await prisma.$executeRaw`
    DELETE FROM organizations WHERE pooled_at < ${today} AND NOT is_demo AND template_key IS NULL`;
  if (size <= 0) return result;
  for (const scenario of only ? [only] : Object.values(scenarios)) {
    // Built now when missing or stale, so that the top-ups below find it.
    await ensureScenarioTemplate(scenario, { now });
    for (let i = 0; i < size && (await topUpDemoPool(scenario, { now, size })); i++) result.added += 1;
  }
  return result;
}

/**
 * Puts back the one ready organization a request just claimed, in ONE statement after that request's
 * response: when the pool of `scenario` (in its language) holds fewer than `size` (DEMO_POOL_SIZE)
 * entries of today and its template exists, a new entry (not a demo, `pooled_at` now) with its content
 * copied from the template (`clone_demo_template`, under the tenant policy of the new organization).
 * Stale entries and a missing template are left to the lifecycle run (`refillDemoPool`).
 * @returns whether an entry was added.
 */
export async function topUpDemoPool(
  scenario: Scenario,
  { now = new Date(), size = env.DEMO_POOL_SIZE }: { now?: Date; size?: number } = {},
): Promise<boolean> {
  if (size <= 0) return false;
  const today = sqlTimestamp(new Date(localDayStart(now)));
  const stamp = sqlTimestamp(now);
  const rows = await prisma.$queryRaw<{ rows: unknown }[]>`
    WITH tpl AS (
      SELECT id, round(extract(epoch FROM (${today} - template_reference_at)) / 86400)::int AS shift
      FROM organizations WHERE template_key = ${templateKey(scenario)}),
    room AS (
      SELECT 1 FROM tpl
      WHERE (SELECT count(*) FROM organizations
             WHERE scenario = ${scenario.name} AND locale = ${scenario.locale} AND pooled_at >= ${today} AND NOT is_demo) < ${size}),
    bound AS (SELECT set_config('app.organization_id', ${uuidv7()}, true)::uuid AS id FROM room),
    org AS (
      INSERT INTO organizations (id, name, is_demo, status, scenario, assembly_credits, locale, pooled_at, created_at, updated_at)
      SELECT bound.id, ${scenario.organizationName}, false, 'active', ${scenario.name}, ${scenario.assemblyCredits}::int, ${scenario.locale},
             ${stamp}, ${stamp}, ${stamp}
      FROM bound RETURNING id)
    SELECT clone_demo_template(tpl.id, tpl.shift) AS rows FROM org, tpl`;
  return rows.length > 0;
}
