import "server-only";
import { v7 as uuidv7 } from "uuid";
import { canonicalEmail } from "@/lib/validation";
import type { Prisma } from "@/server/db/client";
import { Prisma as Sql } from "@/server/db/generated/client";
import { demoEventTypeSql } from "@/server/events/event-type-sql";
import { outboxInsertSql } from "@/server/lifecycle/enqueue-outbox-events";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";
import { type ScenarioTemplate, templateShiftDays } from "@/server/scenarios/scenario-template";
import type { SeedCounts } from "@/server/scenarios/seed-scenario";
import type { Scenario } from "@/server/scenarios/types";
import { demoExpiryFrom } from "./demo-policy";

export type NewDemoUser = { email: string; emailKey: string; name?: string };

/**
 * Inserts a new demo's organization (`is_demo`, active, the scenario's name — or `name` — and assembly
 * credits, expiring DEMO_TTL_DAYS after `now`, or never for the shared QA demo) and its ADMIN_PH user
 * in ONE statement, and binds the caller's transaction to the new organization for row-level security
 * (`app.organization_id`, transaction-local, as `bindTenant` does) so that its content can be written next.
 * @returns the new organization's and user's ids and the expiry.
 */
export async function insertDemoOrganization(
  tx: Prisma.TransactionClient,
  input: { scenario: Scenario; now: Date; locale?: string; name?: string; expires?: boolean; ttlDays?: number; user: NewDemoUser },
): Promise<{ organizationId: string; userId: string; demoExpiresAt: Date | null }> {
  const organizationId = uuidv7(); // time-ordered, as every demo's (docs/scale.md)
  const demoExpiresAt = input.expires === false ? null : demoExpiryFrom(input.now, input.ttlDays);
  const locale = input.locale ?? input.scenario.locale;
  const now = sqlTimestamp(input.now);
  // The organization's row reads from `bound`, so the setting is made before anything is written.
  const [row] = await tx.$queryRaw<{ user_id: string }[]>`
    WITH bound AS (SELECT set_config('app.organization_id', ${organizationId}, true)::uuid AS id),
    org AS (
      INSERT INTO organizations (id, name, is_demo, status, scenario, demo_expires_at, assembly_credits, locale, created_at, updated_at)
      SELECT bound.id, ${input.name ?? input.scenario.organizationName}, true, 'active', ${input.scenario.name},
             ${demoExpiresAt ? sqlTimestamp(demoExpiresAt) : null}::timestamptz, ${input.scenario.assemblyCredits}::int, ${locale}, ${now}, ${now}
      FROM bound RETURNING id),
    usr AS (
      INSERT INTO users (id, email, email_key, name, role, organization_id, locale, created_at)
      SELECT gen_random_uuid(), ${input.user.email}, ${input.user.emailKey}, ${input.user.name ?? null}, 'ADMIN_PH', org.id, ${input.locale ?? null}, ${now}
      FROM org RETURNING id)
    SELECT id AS user_id FROM usr`;
  return { organizationId, userId: row!.user_id, demoExpiresAt };
}

/**
 * In ONE statement inside the caller's transaction (bound to `organizationId`): copies `template`'s
 * content into the organization when given (`clone_demo_template`, prisma/migrations/20261130100000_demo_templates:
 * one INSERT … SELECT per table, ids derived from (organization, template id), dates shifted by whole
 * days to the local day of `now`, run as a role that may only read templates — the rows written pass
 * the tenant policy of the bound organization), and records the creation as `recordLifecycleChange`
 * does: a `demo_events` row "created" (data: scenario, version, rows), an `audit_log` row (actor `actor`,
 * default "system") and a `demo.created` outbox event keyed `demo.created:<organization>:<event id>`; and
 * moves the person's lead (by canonical address), if any, to `demo_active` with this organization (never back from a later stage).
 * @param input.template the template to copy; without it the content is already there (a demo from the
 *   warm pool) and is counted instead.
 * @returns the rows per table (copied now, or counted).
 * @throws the database error: the caller's transaction then rolls back.
 */
export async function recordDemoCreated(
  tx: Prisma.TransactionClient,
  input: {
    organizationId: string;
    email: string;
    scenario: Scenario;
    locale: string;
    demoExpiresAt: Date | null;
    now: Date;
    template?: ScenarioTemplate;
    /** Who created it, for the event and audit rows: "system" (self-service, the default) or a sales person's email. */
    actor?: string;
  },
): Promise<SeedCounts> {
  const actor = input.actor ?? "system";
  const now = sqlTimestamp(input.now);
  const expiresIso = input.demoExpiresAt?.toISOString() ?? null;
  const after = { status: "active", scenario: input.scenario.name, demoExpiresAt: expiresIso };
  const outboxData = { scenario: input.scenario.name, locale: input.locale, demoExpiresAt: expiresIso };
  const copy = input.template
    ? { templateId: input.template.id, shiftDays: templateShiftDays(input.template, input.now) }
    : { templateId: null, shiftDays: 0 };
  const [row] = await tx.$queryRaw<{ rows: SeedCounts }[]>`
    WITH content AS (
      SELECT CASE WHEN ${copy.templateId}::uuid IS NOT NULL THEN clone_demo_template(${copy.templateId}::uuid, ${copy.shiftDays}::int)
                  ELSE jsonb_build_object(
                    'units', (SELECT count(*) FROM units WHERE organization_id = ${input.organizationId}::uuid),
                    'residents', (SELECT count(*) FROM residents WHERE organization_id = ${input.organizationId}::uuid),
                    'assemblies', (SELECT count(*) FROM assemblies WHERE organization_id = ${input.organizationId}::uuid),
                    'agendaItems', (SELECT count(*) FROM agenda_items WHERE organization_id = ${input.organizationId}::uuid),
                    'attendance', (SELECT count(*) FROM attendance WHERE organization_id = ${input.organizationId}::uuid),
                    'votes', (SELECT count(*) FROM votes WHERE organization_id = ${input.organizationId}::uuid)) END AS rows),
    event AS (
      INSERT INTO demo_events (organization_id, type, actor, data, created_at)
      SELECT ${input.organizationId}::uuid, ${demoEventTypeSql("created")}, ${actor},
             jsonb_build_object('scenario', ${input.scenario.name}::text, 'version', ${input.scenario.version}::int, 'rows', content.rows), ${now}
      FROM content RETURNING id),
    audit AS (
      INSERT INTO audit_log (actor, action, organization_id, lead_email, after, created_at)
      VALUES (${actor}, 'created', ${input.organizationId}::uuid, ${input.email}, ${JSON.stringify(after)}::jsonb, ${now})),
    outbox AS (
      ${outboxInsertSql("demo.created", {
        from: Sql.sql`FROM event`,
        key: Sql.sql`${input.organizationId}::text || ':' || event.id`,
        occurredAt: Sql.sql`${input.now.toISOString()}::text`,
        organizationId: Sql.sql`${input.organizationId}::text`,
        email: Sql.sql`${input.email}::text`,
        data: Sql.sql`${JSON.stringify(outboxData)}::jsonb`,
      })}),
    lead AS (
      UPDATE platform_leads SET funnel_stage = 'demo_active', organization_id = ${input.organizationId}::uuid, updated_at = ${now}
      WHERE email_key = ${canonicalEmail(input.email)} AND funnel_stage IN ('new', 'demo_requested'))
    SELECT content.rows FROM content, event`;
  return row!.rows;
}

/**
 * Inserts the organization row of a new demo inside the caller's transaction (no user, no content):
 * `is_demo`, active, the scenario's name and assembly credits, expiring DEMO_TTL_DAYS after `now` (or
 * never). Used by re-issue, which moves an existing user to it and seeds the content itself.
 * @returns the new organization's id and expiry.
 */
export async function createDemoOrganization(
  tx: Prisma.TransactionClient,
  input: { scenario: Scenario; now: Date; locale?: string; name?: string; expires?: boolean },
): Promise<{ id: string; demoExpiresAt: Date | null }> {
  return tx.organization.create({
    data: {
      name: input.name ?? input.scenario.organizationName,
      isDemo: true,
      status: "active",
      scenario: input.scenario.name,
      demoExpiresAt: input.expires === false ? null : demoExpiryFrom(input.now),
      assemblyCredits: input.scenario.assemblyCredits,
      locale: input.locale ?? input.scenario.locale,
      createdAt: input.now,
    },
    select: { id: true, demoExpiresAt: true },
  });
}
