// What the dead-end migrations do to rows that exist before them: duplicate leads of one person are merged
// (docs/decisions/0058-one-lead-per-person-first-value-kept.md) and converted organizations lose their pending
// expiry warnings (docs/decisions/0060-converted-means-customer.md). Each migration's SQL is run on a database that
// holds the earlier state, as `prisma migrate deploy` would run it on production's.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../scripts/lib/migrations";

const ownerUrl = process.env.MIGRATION_DATABASE_URL!;
const database = `dead_ends_${process.pid}_${Date.now()}`;
const url = Object.assign(new URL(ownerUrl), { pathname: `/${database}` }).toString();
let client: pg.Client;

/** Runs one migration's file statement by statement (its statements hold no `;` of their own). */
async function runMigration(name: string): Promise<void> {
  const sql = readFileSync(path.resolve(import.meta.dirname, "../prisma/migrations", name, "migration.sql"), "utf8");
  for (const statement of sql.split(/;\s*$/m)) {
    const code = statement.replace(/^\s*--.*$/gm, "").trim();
    if (code) await client.query(code);
  }
}

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: ownerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  await applyMigrations(url);
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: ownerUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

describe("20261201120100_one_lead_per_person", () => {
  it("merges the leads of one person into the oldest: history for what differed, requests added up, the account's demo", async () => {
    // The state before the migration: leads keyed by the exact address, no history.
    await client.query(`DROP TABLE lead_history`);
    await client.query(`ALTER TABLE platform_leads DROP COLUMN email_key`);
    const [org] = (
      await client.query<{ id: string }>(
        `INSERT INTO organizations (id, name, is_demo, status, demo_expires_at) VALUES (gen_random_uuid(), 'P.H. Ana', true, 'active', now() + interval '10 days') RETURNING id`,
      )
    ).rows;
    await client.query(
      `INSERT INTO users (id, email, email_key, role, organization_id) VALUES (gen_random_uuid(), 'ana@x.test', 'ana@x.test', 'ADMIN_PH', $1)`,
      [org!.id],
    );
    await client.query(
      `INSERT INTO platform_leads (id, email, name, funnel_stage, utm_source, request_count, organization_id, created_at, updated_at) VALUES
         (gen_random_uuid(), 'ana@x.test', 'Ana', 'demo_active', 'google', 2, $1, now() - interval '3 days', now()),
         (gen_random_uuid(), 'ana+2@x.test', 'Mallory', 'demo_active', 'google', 1, $1, now() - interval '2 days', now()),
         (gen_random_uuid(), 'ana+3@x.test', NULL, 'converted', NULL, 1, NULL, now() - interval '1 day', now()),
         (gen_random_uuid(), 'bea@x.test', 'Bea', 'new', NULL, 1, NULL, now(), now())`,
      [org!.id],
    );
    await client.query(`UPDATE platform_leads SET building_name = 'Torres' WHERE email = 'ana+3@x.test'`);

    await runMigration("20261201120100_one_lead_per_person");

    const leads = (
      await client.query(
        `SELECT email, email_key, name, building_name, funnel_stage::text, request_count, organization_id FROM platform_leads ORDER BY email`,
      )
    ).rows;
    expect(leads).toEqual([
      {
        email: "ana@x.test",
        email_key: "ana@x.test",
        name: "Ana",
        building_name: "Torres",
        funnel_stage: "converted",
        request_count: 4,
        organization_id: org!.id,
      },
      {
        email: "bea@x.test",
        email_key: "bea@x.test",
        name: "Bea",
        building_name: null,
        funnel_stage: "new",
        request_count: 1,
        organization_id: null,
      },
    ]);
    const history = (
      await client.query(
        `SELECT h.field, h.value, h.email FROM lead_history h JOIN platform_leads l ON l.id = h.lead_id ORDER BY h.email, h.field`,
      )
    ).rows;
    expect(history).toEqual([
      { field: "email", value: "ana+2@x.test", email: "ana+2@x.test" },
      { field: "name", value: "Mallory", email: "ana+2@x.test" },
      { field: "building_name", value: "Torres", email: "ana+3@x.test" },
      { field: "email", value: "ana+3@x.test", email: "ana+3@x.test" },
    ]);
    await expect(
      client.query(`INSERT INTO platform_leads (id, email, email_key) VALUES (gen_random_uuid(), 'ana+9@x.test', 'ana@x.test')`),
    ).rejects.toThrow(/platform_leads_email_key_key/);
  });
});

describe("20261201120000_converted_customers", () => {
  it("cancels the expiry warnings still queued for a converted organization and moves its lead to converted", async () => {
    const [converted, active] = (
      await client.query<{ id: string }>(
        `INSERT INTO organizations (id, name, is_demo, status, demo_expires_at) VALUES
           (gen_random_uuid(), 'Cliente', true, 'converted', now() + interval '2 days'),
           (gen_random_uuid(), 'Prospecto', true, 'active', now() + interval '2 days') RETURNING id`,
      )
    ).rows;
    for (const org of [converted!, active!]) {
      await client.query(
        `INSERT INTO email_outbox (kind, to_address, subject, text, dedupe_key, organization_id, status)
         VALUES ('expiry_warning_3d', 'x@x.test', 'Tu demo vence', 'cuerpo', $1, $2, 'pending')`,
        [`warn:${org.id}`, org.id],
      );
    }
    await client.query(
      `INSERT INTO platform_leads (id, email, email_key, funnel_stage, organization_id) VALUES (gen_random_uuid(), 'cliente@x.test', 'cliente@x.test', 'demo_active', $1)`,
      [converted!.id],
    );

    await runMigration("20261201120000_converted_customers");

    const emails = (
      await client.query(`SELECT organization_id, status, subject FROM email_outbox WHERE dedupe_key LIKE 'warn:%' ORDER BY status`)
    ).rows;
    expect(emails).toEqual([
      { organization_id: active!.id, status: "pending", subject: "Tu demo vence" },
      { organization_id: converted!.id, status: "superseded", subject: null },
    ]);
    const [lead] = (await client.query(`SELECT funnel_stage::text FROM platform_leads WHERE email = 'cliente@x.test'`)).rows;
    expect(lead).toEqual({ funnel_stage: "converted" });
  });
});
