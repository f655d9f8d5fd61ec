-- Provisioning at the database's floor (docs/scale.md): per-scenario template organizations, the warm
-- pool, and a purge that finds its work through an index.

-- Tables whose rows reference a parent through (organization_id, parent_id) already prove their
-- organization exists through that parent: their own foreign key to organizations is one more check per
-- row inserted (one per vote, attendance, agenda item and resident) for nothing. Deleting an
-- organization still removes them, through the parents' cascades.
ALTER TABLE "residents" DROP CONSTRAINT "residents_organization_id_fkey";
ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_organization_id_fkey";
ALTER TABLE "attendance" DROP CONSTRAINT "attendance_organization_id_fkey";
ALTER TABLE "votes" DROP CONSTRAINT "votes_organization_id_fkey";

-- Template organizations hold one scenario's content, built by the app from the scenario code, a demo
-- is a copy of it. `template_key` names the scenario, its version and a hash of its content, so a
-- changed scenario gets a new template. Templates and pooled demos are not demos yet (is_demo = false,
-- no user): analytics, the active-demo cap, the console, expiry and purge all select is_demo rows.
ALTER TABLE "organizations" ADD COLUMN "template_key" TEXT,
  ADD COLUMN "template_reference_at" TIMESTAMPTZ(3),
  ADD COLUMN "pooled_at" TIMESTAMPTZ(3);

CREATE UNIQUE INDEX "organizations_template_key_key" ON "organizations"("template_key");
-- The warm pool: ready organizations per scenario, oldest first.
CREATE INDEX "organizations_scenario_pooled_at_idx" ON "organizations"("scenario", "pooled_at");
-- Retention: demos still to purge are the ones with purged_at NULL, ordered by when they ended, the
-- purged ones sort apart, so finding the next batch never walks them.
CREATE INDEX "organizations_purged_at_demo_expires_at_idx" ON "organizations"("purged_at", "demo_expires_at");

-- Note: the migration runner splits scripts at every semicolon, so none appears inside a statement below.

-- The minutes' date as they write it ("14 de marzo de 2026"), in Colombian time (UTC−5, no daylight
-- saving): the same text as src/server/scenarios/calendar.ts `formatLongDate`.
CREATE OR REPLACE FUNCTION demo_long_date(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT extract(day FROM l)::int || ' de ' ||
         (ARRAY['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'])[extract(month FROM l)::int]
         || ' de ' || extract(year FROM l)::int
  FROM (SELECT (t AT TIME ZONE 'UTC') - interval '5 hours' AS l) AS local_time
$$;

-- The one role that may read template content, and only that (it cannot log in). The copy function
-- below runs as this role, everything it writes goes through the ordinary tenant policy, so it can only
-- write into the organization the calling transaction is bound to (app.organization_id). Roles are
-- cluster-wide: created only when missing.
CREATE FUNCTION pg_temp.create_template_reader() RETURNS void LANGUAGE sql AS $$
  CREATE ROLE "assembly_template_reader" NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE
$$;
SELECT pg_temp.create_template_reader() WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'assembly_template_reader');
DROP FUNCTION pg_temp.create_template_reader();
GRANT USAGE ON SCHEMA public TO "assembly_template_reader";
GRANT SELECT ON "organizations" TO "assembly_template_reader";
GRANT SELECT, INSERT ON "units", "residents", "assemblies", "agenda_items", "attendance", "votes" TO "assembly_template_reader";

CREATE POLICY "template_read" ON "units" FOR SELECT TO "assembly_template_reader"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "template_key" IS NOT NULL));
CREATE POLICY "template_read" ON "residents" FOR SELECT TO "assembly_template_reader"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "template_key" IS NOT NULL));
CREATE POLICY "template_read" ON "assemblies" FOR SELECT TO "assembly_template_reader"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "template_key" IS NOT NULL));
CREATE POLICY "template_read" ON "agenda_items" FOR SELECT TO "assembly_template_reader"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "template_key" IS NOT NULL));
CREATE POLICY "template_read" ON "attendance" FOR SELECT TO "assembly_template_reader"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "template_key" IS NOT NULL));
CREATE POLICY "template_read" ON "votes" FOR SELECT TO "assembly_template_reader"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "template_key" IS NOT NULL));

-- Copies template organization p_template's content into the organization the transaction is bound to
-- (app.organization_id: raises when none is), one INSERT … SELECT per table in one statement (foreign
-- keys are checked at its end). Every id but organization_id becomes md5(new organization || old id)::uuid,
-- so children find their new parents without a mapping table, every date moves by p_shift_days whole
-- days (scenario times are local times of day: whole days keep "7:00 p. m." at 7:00 p. m.), and the
-- minutes' written date moves with its assembly. A p_template that is not a template reads nothing.
-- Returns the rows inserted per table as JSON ({"units": 50, …}).
CREATE OR REPLACE FUNCTION clone_demo_template(p_template uuid, p_shift_days integer) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH bound AS (SELECT current_setting('app.organization_id')::uuid AS org, make_interval(days => p_shift_days) AS shift),
  u AS (
    INSERT INTO units (id, organization_id, tower, floor, number, area_m2, coefficient, dues_status, monthly_fee, created_at)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, s.tower, s.floor, s.number, s.area_m2, s.coefficient, s.dues_status, s.monthly_fee, s.created_at + b.shift
    FROM units s, bound b WHERE s.organization_id = p_template RETURNING 1),
  r AS (
    INSERT INTO residents (id, organization_id, unit_id, full_name, email, phone, type, created_at)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, md5(b.org::text || s.unit_id::text)::uuid, s.full_name, s.email, s.phone, s.type, s.created_at + b.shift
    FROM residents s, bound b WHERE s.organization_id = p_template RETURNING 1),
  a AS (
    INSERT INTO assemblies (id, organization_id, title, type, status, scheduled_at, location, quorum_percent, minutes, closed_at, created_at)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, s.title, s.type, s.status, s.scheduled_at + b.shift, s.location, s.quorum_percent,
           CASE WHEN s.minutes IS NULL OR p_shift_days = 0 THEN s.minutes
                ELSE replace(s.minutes, demo_long_date(s.scheduled_at), demo_long_date(s.scheduled_at + b.shift)) END,
           s.closed_at + b.shift, s.created_at + b.shift
    FROM assemblies s, bound b WHERE s.organization_id = p_template RETURNING 1),
  g AS (
    INSERT INTO agenda_items (id, organization_id, assembly_id, position, title, description, requires_vote, majority)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, md5(b.org::text || s.assembly_id::text)::uuid, s.position, s.title, s.description, s.requires_vote, s.majority
    FROM agenda_items s, bound b WHERE s.organization_id = p_template RETURNING 1),
  t AS (
    INSERT INTO attendance (id, organization_id, assembly_id, unit_id, attendee_name, is_proxy, registered_at)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, md5(b.org::text || s.assembly_id::text)::uuid, md5(b.org::text || s.unit_id::text)::uuid,
           s.attendee_name, s.is_proxy, s.registered_at + b.shift
    FROM attendance s, bound b WHERE s.organization_id = p_template RETURNING 1),
  v AS (
    INSERT INTO votes (id, organization_id, agenda_item_id, unit_id, choice, cast_at)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, md5(b.org::text || s.agenda_item_id::text)::uuid, md5(b.org::text || s.unit_id::text)::uuid,
           s.choice, s.cast_at + b.shift
    FROM votes s, bound b WHERE s.organization_id = p_template RETURNING 1)
  SELECT jsonb_build_object('units', (SELECT count(*) FROM u), 'residents', (SELECT count(*) FROM r), 'assemblies', (SELECT count(*) FROM a),
                            'agendaItems', (SELECT count(*) FROM g), 'attendance', (SELECT count(*) FROM t), 'votes', (SELECT count(*) FROM v))
$$;
ALTER FUNCTION clone_demo_template(uuid, integer) OWNER TO "assembly_template_reader";
REVOKE ALL ON FUNCTION clone_demo_template(uuid, integer) FROM PUBLIC;

-- Retention purge, set-based: the one role that may delete product rows of organizations already marked
-- purged (purged_at set, in the caller's transaction), and nothing else (it cannot log in).
CREATE FUNCTION pg_temp.create_purger() RETURNS void LANGUAGE sql AS $$
  CREATE ROLE "assembly_purger" NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE
$$;
SELECT pg_temp.create_purger() WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'assembly_purger');
DROP FUNCTION pg_temp.create_purger();
GRANT USAGE ON SCHEMA public TO "assembly_purger";
GRANT SELECT ON "organizations" TO "assembly_purger";
GRANT SELECT, DELETE ON "units", "residents", "assemblies", "agenda_items", "attendance", "votes" TO "assembly_purger";

CREATE POLICY "purge_marked" ON "units" TO "assembly_purger"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "purged_at" IS NOT NULL AND "is_demo"));
CREATE POLICY "purge_marked" ON "residents" TO "assembly_purger"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "purged_at" IS NOT NULL AND "is_demo"));
CREATE POLICY "purge_marked" ON "assemblies" TO "assembly_purger"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "purged_at" IS NOT NULL AND "is_demo"));
CREATE POLICY "purge_marked" ON "agenda_items" TO "assembly_purger"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "purged_at" IS NOT NULL AND "is_demo"));
CREATE POLICY "purge_marked" ON "attendance" TO "assembly_purger"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "purged_at" IS NOT NULL AND "is_demo"));
CREATE POLICY "purge_marked" ON "votes" TO "assembly_purger"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "purged_at" IS NOT NULL AND "is_demo"));

-- Deletes every product row of the organizations p_orgs, one DELETE per table in one statement, as the
-- purger: rows of an organization not marked purged are out of its reach and stay. The calling
-- transaction must have app.organization_id set (any value: the tenant policy reads it).
-- Returns the rows deleted per organization and table.
CREATE OR REPLACE FUNCTION purge_demo_content(p_orgs uuid[]) RETURNS TABLE (organization_id uuid, rows jsonb)
LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH v AS (DELETE FROM votes x WHERE x.organization_id = ANY (p_orgs) RETURNING x.organization_id),
  t AS (DELETE FROM attendance x WHERE x.organization_id = ANY (p_orgs) RETURNING x.organization_id),
  g AS (DELETE FROM agenda_items x WHERE x.organization_id = ANY (p_orgs) RETURNING x.organization_id),
  a AS (DELETE FROM assemblies x WHERE x.organization_id = ANY (p_orgs) RETURNING x.organization_id),
  r AS (DELETE FROM residents x WHERE x.organization_id = ANY (p_orgs) RETURNING x.organization_id),
  u AS (DELETE FROM units x WHERE x.organization_id = ANY (p_orgs) RETURNING x.organization_id),
  counted AS (
    SELECT 'votes' AS k, v.organization_id, count(*) AS n FROM v GROUP BY 2
    UNION ALL SELECT 'attendance', t.organization_id, count(*) FROM t GROUP BY 2
    UNION ALL SELECT 'agendaItems', g.organization_id, count(*) FROM g GROUP BY 2
    UNION ALL SELECT 'assemblies', a.organization_id, count(*) FROM a GROUP BY 2
    UNION ALL SELECT 'residents', r.organization_id, count(*) FROM r GROUP BY 2
    UNION ALL SELECT 'units', u.organization_id, count(*) FROM u GROUP BY 2),
  per_org AS (SELECT c.organization_id, jsonb_object_agg(c.k, c.n) AS rows FROM counted c GROUP BY 1)
  SELECT o.id,
         jsonb_build_object('units', 0, 'residents', 0, 'assemblies', 0, 'agendaItems', 0, 'attendance', 0, 'votes', 0)
           || coalesce(p.rows, '{}'::jsonb)
  FROM unnest(p_orgs) AS o(id) LEFT JOIN per_org p ON p.organization_id = o.id
$$;
ALTER FUNCTION purge_demo_content(uuid[]) OWNER TO "assembly_purger";
REVOKE ALL ON FUNCTION purge_demo_content(uuid[]) FROM PUBLIC;
