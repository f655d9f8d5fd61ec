import "server-only";
import { v7 as uuidv7 } from "uuid";
import type { Locale } from "@/lib/i18n";
import { generateLinkToken, generateOtpCode, hashLinkToken, hashOtpCode } from "@/server/auth/otp-hash";
import { OTP_TTL_MS } from "@/server/auth/otp-policy";
import { signInLinkUrl } from "@/server/auth/sign-in-link-url";
import { prisma } from "@/server/db/client";
import { Prisma as Sql } from "@/server/db/generated/client";
import { demoEventTypeSql } from "@/server/events/event-type-sql";
import { outboxInsertSql } from "@/server/lifecycle/enqueue-outbox-events";
import { demoLoginUrl } from "@/server/lifecycle/demo-login-url";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";
import { EMAIL_LEASE_MS } from "@/server/mail/email-policy";
import { demoReadyEmail } from "@/server/mail/templates";
import { localDayStart } from "@/server/scenarios/calendar";
import type { Scenario } from "@/server/scenarios/types";
import { ensureScenarioTemplate, templateKey } from "@/server/scenarios/scenario-template";
import type { SeedCounts } from "@/server/scenarios/seed-scenario";
import { demoExpiryFrom } from "./demo-policy";
import type { ProvisionResult } from "./provision-demo";

type OneStatementRow = {
  organization_id: string | null;
  rows: SeedCounts | null;
  email_id: bigint | null;
  has_template: boolean;
  pooled: boolean | null;
};

/**
 * `provisionDemo` without a cap and without caller writes, as ONE SQL statement (one round trip, its
 * own transaction, so any failure leaves nothing — docs/scale.md):
 * the template of the scenario found by its key; a ready organization of the warm pool claimed with
 * `FOR UPDATE SKIP LOCKED` when `usePool`, else a new organization; the statement bound to it
 * (`app.organization_id`, transaction-local) so that every product row it writes passes the tenant
 * policy; the ADMIN_PH user inserted first with `ON CONFLICT DO NOTHING` — the unique indexes on
 * `users.email_key` and `users.email` make one demo per person, and everything else of the statement
 * hangs on that row, so a concurrent or repeated request writes nothing; then the organization (new,
 * or the pooled one made a demo), its content (`clone_demo_template`; a pooled copy only gets the
 * prospect's building name in its minutes, and is counted), the "created" `demo_events`, `audit_log`
 * and `demo.created` outbox rows, the lead's move to `demo_active`, and, with `readyEmail`, the
 * sign-in credential (as `issueLoginCredential` stores it), the `demo_notifications` claim and the
 * rendered "ready" email (as `queueReadyEmail` writes them), leased to this caller for EMAIL_LEASE_MS so
 * that its attempt right after the response needs no claim (`deliverLeasedEmail`). Foreign keys are checked at the end of
 * the statement, when every row is in place.
 * A missing or stale template (no row with the scenario's current key) is built (`ensureScenarioTemplate`)
 * and the statement run again.
 * @returns as `provisionDemo`; for an existing user (found after the statement) `created: false`.
 */
export async function provisionInOneStatement(input: {
  email: string;
  emailKey: string;
  name?: string;
  scenario: Scenario;
  locale?: string;
  now: Date;
  organizationName?: string;
  expires?: boolean;
  ttlDays?: number;
  actor?: string;
  usePool: boolean;
  readyEmail?: boolean;
}): Promise<ProvisionResult> {
  const { scenario, now } = input;
  // Time-ordered (UUIDv7): the copy gives the demo's rows ids that start like it (docs/scale.md).
  const organizationId = uuidv7();
  const userId = crypto.randomUUID();
  const demoExpiresAt = input.expires === false ? null : demoExpiryFrom(now, input.ttlDays);
  const locale = input.locale ?? scenario.locale;
  const name = input.organizationName ?? scenario.organizationName;
  const actor = input.actor ?? "system";
  const stamp = sqlTimestamp(now);
  const expiresAt = demoExpiresAt ? sqlTimestamp(demoExpiresAt) : null;
  const expiresIso = demoExpiresAt?.toISOString() ?? null;
  const after = { status: "active", scenario: scenario.name, demoExpiresAt: expiresIso };
  const outboxData = { scenario: scenario.name, locale, demoExpiresAt: expiresIso };
  const dayStart = new Date(localDayStart(now));

  // The "ready" email is rendered before the statement: everything it says is known here.
  const withEmail = input.readyEmail === true && demoExpiresAt !== null;
  const code = generateOtpCode();
  const linkToken = generateLinkToken();
  const email = withEmail
    ? demoReadyEmail(locale as Locale, {
        loginUrl: demoLoginUrl(input.email),
        signInUrl: signInLinkUrl(input.email, linkToken),
        code,
        expiresAt: demoExpiresAt,
        name: input.name,
        organizationName: name,
      })
    : { subject: "", text: "" };

  const run = () => prisma.$queryRaw<OneStatementRow[]>`
    WITH tpl AS (
      SELECT id, round(extract(epoch FROM (${sqlTimestamp(dayStart)} - template_reference_at)) / 86400)::int AS shift
      FROM organizations WHERE template_key = ${templateKey(scenario)}),
    picked AS (
      SELECT id FROM organizations
      WHERE ${input.usePool} AND scenario = ${scenario.name} AND locale = ${scenario.locale}
        AND pooled_at >= ${sqlTimestamp(dayStart)} AND NOT is_demo
      ORDER BY pooled_at LIMIT 1 FOR UPDATE SKIP LOCKED),
    target AS (
      SELECT coalesce(p.id, ${organizationId}::uuid) AS id, p.id IS NOT NULL AS pooled
      FROM (SELECT 1) one LEFT JOIN picked p ON TRUE
      WHERE p.id IS NOT NULL OR EXISTS (SELECT 1 FROM tpl)),
    bound AS (SELECT set_config('app.organization_id', t.id::text, true)::uuid AS id, t.pooled FROM target t),
    usr AS (
      INSERT INTO users (id, email, email_key, name, role, organization_id, locale, created_at)
      SELECT ${userId}::uuid, ${input.email}, ${input.emailKey}, ${input.name ?? null}, 'ADMIN_PH', b.id, ${input.locale ?? null}, ${stamp}
      FROM bound b
      ON CONFLICT DO NOTHING
      RETURNING organization_id),
    claimed AS (
      UPDATE organizations o SET is_demo = true, pooled_at = NULL, name = ${name}, demo_expires_at = ${expiresAt}::timestamptz,
        locale = ${locale}, created_at = ${stamp}, updated_at = ${stamp}
      FROM usr u, bound b WHERE b.pooled AND o.id = u.organization_id
      RETURNING o.id),
    created AS (
      INSERT INTO organizations (id, name, is_demo, status, scenario, demo_expires_at, assembly_credits, locale, created_at, updated_at)
      SELECT u.organization_id, ${name}, true, 'active', ${scenario.name}, ${expiresAt}::timestamptz, ${scenario.assemblyCredits}::int,
             ${locale}, ${stamp}, ${stamp}
      FROM usr u, bound b WHERE NOT b.pooled
      RETURNING id),
    renamed AS (
      UPDATE assemblies a SET minutes = replace(a.minutes, ${scenario.organizationName}, ${name})
      FROM claimed c WHERE a.organization_id = c.id AND a.minutes IS NOT NULL AND ${name} <> ${scenario.organizationName}),
    content AS (
      SELECT clone_demo_template(t.id, t.shift) AS rows FROM created c, tpl t
      UNION ALL
      SELECT jsonb_build_object(
               'units', (SELECT count(*) FROM units x WHERE x.organization_id = c.id),
               'residents', (SELECT count(*) FROM residents x WHERE x.organization_id = c.id),
               'assemblies', (SELECT count(*) FROM assemblies x WHERE x.organization_id = c.id),
               'agendaItems', (SELECT count(*) FROM agenda_items x WHERE x.organization_id = c.id),
               'attendance', (SELECT count(*) FROM attendance x WHERE x.organization_id = c.id),
               'votes', (SELECT count(*) FROM votes x WHERE x.organization_id = c.id))
      FROM claimed c),
    org AS (SELECT id FROM created UNION ALL SELECT id FROM claimed),
    event AS (
      INSERT INTO demo_events (organization_id, type, actor, data, created_at)
      SELECT org.id, ${demoEventTypeSql("created")}, ${actor},
             jsonb_build_object('scenario', ${scenario.name}::text, 'version', ${scenario.version}::int, 'rows', content.rows), ${stamp}
      FROM org, content
      RETURNING id, organization_id),
    audit AS (
      INSERT INTO audit_log (actor, action, organization_id, lead_email, after, created_at)
      SELECT ${actor}, 'created', org.id, ${input.email}, ${JSON.stringify(after)}::jsonb, ${stamp} FROM org),
    outbox AS (
      ${outboxInsertSql("demo.created", {
        from: Sql.sql`FROM event e`,
        key: Sql.sql`e.organization_id::text || ':' || e.id`,
        occurredAt: Sql.sql`${now.toISOString()}::text`,
        organizationId: Sql.sql`e.organization_id::text`,
        email: Sql.sql`${input.email}::text`,
        data: Sql.sql`${JSON.stringify(outboxData)}::jsonb`,
      })}),
    lead AS (
      UPDATE platform_leads SET funnel_stage = 'demo_active', organization_id = org.id, updated_at = ${stamp}
      FROM org WHERE email_key = ${input.emailKey} AND funnel_stage IN ('new', 'demo_requested')),
    credential AS (
      INSERT INTO one_time_codes (id, email, code_hash, link_hash, attempts, expires_at, consumed_at, created_at)
      SELECT gen_random_uuid(), ${input.email}, ${withEmail ? hashOtpCode(input.email, code) : ""}, ${withEmail ? hashLinkToken(input.email, linkToken) : ""},
             0, ${sqlTimestamp(new Date(now.getTime() + OTP_TTL_MS))}, NULL, ${stamp}
      FROM org WHERE ${withEmail}
      ON CONFLICT (email) DO UPDATE SET code_hash = EXCLUDED.code_hash, link_hash = EXCLUDED.link_hash, attempts = 0,
        expires_at = EXCLUDED.expires_at, consumed_at = NULL, created_at = EXCLUDED.created_at),
    notified AS (
      INSERT INTO demo_notifications (organization_id, kind, claimed_at)
      SELECT org.id, 'ready', ${stamp} FROM org WHERE ${withEmail}
      ON CONFLICT (organization_id, kind) DO NOTHING
      RETURNING organization_id),
    mail AS (
      INSERT INTO email_outbox (kind, to_address, subject, text, dedupe_key, organization_id, notification_kind, sensitive, next_attempt_at)
      SELECT 'demo_ready', ${input.email}, ${email.subject}, ${email.text}, 'demo_ready:' || n.organization_id, n.organization_id, 'ready', true,
             ${sqlTimestamp(new Date(now.getTime() + EMAIL_LEASE_MS))}
      FROM notified n
      ON CONFLICT (dedupe_key) DO NOTHING
      RETURNING id)
    SELECT (SELECT id::text FROM org) AS organization_id, (SELECT rows FROM content) AS rows, (SELECT id FROM mail) AS email_id,
           EXISTS (SELECT 1 FROM tpl) AS has_template, (SELECT pooled FROM bound) AS pooled`;

  let [row] = await run();
  if (row && !row.has_template && !row.pooled && row.organization_id === null) {
    // No template of the scenario's current content yet (first use, or the scenario changed): build it.
    await ensureScenarioTemplate(scenario, { now });
    [row] = await run();
  }
  if (row?.organization_id) {
    return {
      created: true,
      organizationId: row.organization_id,
      userId,
      rows: row.rows ?? {},
      readyEmailId: row.email_id,
      pooled: row.pooled === true,
      leasedEmail:
        row.email_id === null
          ? null
          : {
              id: row.email_id,
              to_address: input.email,
              subject: email.subject,
              text: email.text,
              html: null,
              attempts: 0,
              organization_id: row.organization_id,
              notification_kind: "ready",
              sensitive: true,
            },
    };
  }
  const [existing] = await prisma.$queryRaw<{ organization_id: string | null }[]>`
    SELECT organization_id::text FROM users WHERE email_key = ${input.emailKey} OR email = ${input.email} LIMIT 1`;
  if (!existing) throw new Error("provisioning wrote nothing and found no user");
  return { created: false, capped: false, organizationId: existing.organization_id };
}
