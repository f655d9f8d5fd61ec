-- Assembly day simulated, the demo's content clock and daily synthetic activity (docs/simulation.md,
-- docs/rules.md#scenarios-and-seed-content).

-- The demo's content clock: whole days the prospect moved its content forward ("Avanzar 30 días").
-- Content reads "now" as the real time plus this offset, and the demo's own expiry (demo_expires_at) never
-- moves with it.
ALTER TABLE "organizations" ADD COLUMN "content_clock_offset_days" INTEGER NOT NULL DEFAULT 0;
-- The Colombian local day the lifecycle run last added synthetic activity to this demo: claiming a day
-- is an UPDATE … WHERE last_activity_on IS DISTINCT FROM today, so a second run the same day adds nothing.
ALTER TABLE "organizations" ADD COLUMN "last_activity_on" DATE;

-- What happened in the building between visits: payments, new residents, requests, reminders (written
-- by time travel and by the daily synthetic activity). `kind` names the message the page shows, `params`
-- fills it, and `dedupe_key` makes each writer idempotent (ON CONFLICT DO NOTHING).
CREATE TABLE "building_activity" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "unit_id" UUID,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "dedupe_key" TEXT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "building_activity_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "building_activity_organization_id_id_key" ON "building_activity"("organization_id", "id");
CREATE UNIQUE INDEX "building_activity_organization_id_dedupe_key_key" ON "building_activity"("organization_id", "dedupe_key");
CREATE INDEX "building_activity_organization_id_occurred_at_idx" ON "building_activity"("organization_id", "occurred_at");
ALTER TABLE "building_activity" ADD CONSTRAINT "building_activity_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "building_activity" ADD CONSTRAINT "building_activity_organization_id_unit_id_fkey" FOREIGN KEY ("organization_id", "unit_id") REFERENCES "units"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "building_activity" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "building_activity" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "building_activity"
  USING ("organization_id" = (SELECT current_setting('app.organization_id')::uuid))
  WITH CHECK ("organization_id" = (SELECT current_setting('app.organization_id')::uuid));

-- A simulated assembly day: no worker runs it. What is due is materialized from (seed, started_at,
-- duration_s) whenever the assembly is read, and `applied_events` is how many of the planned events are
-- already written (the row lock of the UPDATE that advances it serializes concurrent readers).
CREATE TABLE "assembly_simulations" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "assembly_id" UUID NOT NULL,
    "seed" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "duration_s" INTEGER NOT NULL,
    "stopped_at" TIMESTAMPTZ(3),
    "applied_events" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "assembly_simulations_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "assembly_simulations_organization_id_id_key" ON "assembly_simulations"("organization_id", "id");
CREATE UNIQUE INDEX "assembly_simulations_organization_id_assembly_id_key" ON "assembly_simulations"("organization_id", "assembly_id");
ALTER TABLE "assembly_simulations" ADD CONSTRAINT "assembly_simulations_organization_id_assembly_id_fkey" FOREIGN KEY ("organization_id", "assembly_id") REFERENCES "assemblies"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "assembly_simulations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "assembly_simulations" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "assembly_simulations"
  USING ("organization_id" = (SELECT current_setting('app.organization_id')::uuid))
  WITH CHECK ("organization_id" = (SELECT current_setting('app.organization_id')::uuid));

-- Like every product table: the template reader may read a template's rows (templates hold none of
-- these today), the purger reaches only organizations already marked purged.
GRANT SELECT ON "building_activity", "assembly_simulations" TO "assembly_template_reader";
CREATE POLICY "template_read" ON "building_activity" FOR SELECT TO "assembly_template_reader"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "template_key" IS NOT NULL));
CREATE POLICY "template_read" ON "assembly_simulations" FOR SELECT TO "assembly_template_reader"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "template_key" IS NOT NULL));

-- The retention purge removes these rows through their parents' cascades (units, assemblies), and the
-- purger deletes building_activity rows without a unit itself (below).
GRANT SELECT, DELETE ON "building_activity", "assembly_simulations" TO "assembly_purger";
CREATE POLICY "purge_marked" ON "building_activity" TO "assembly_purger"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "purged_at" IS NOT NULL AND "is_demo"));
CREATE POLICY "purge_marked" ON "assembly_simulations" TO "assembly_purger"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "purged_at" IS NOT NULL AND "is_demo"));

-- Note: the migration runner splits scripts at every semicolon, so none appears inside a statement below.

-- The purge of 20261130100000_demo_templates, now also deleting the building activity and the
-- simulations first (a data-modifying WITH runs whether or not it is referenced, and the answer keeps its shape).
CREATE OR REPLACE FUNCTION purge_demo_content(p_orgs uuid[]) RETURNS TABLE (organization_id uuid, rows jsonb)
LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH s AS (DELETE FROM assembly_simulations x WHERE x.organization_id = ANY (p_orgs) RETURNING x.organization_id),
  b AS (DELETE FROM building_activity x WHERE x.organization_id = ANY (p_orgs) RETURNING x.organization_id),
  v AS (DELETE FROM votes x WHERE x.organization_id = ANY (p_orgs) RETURNING x.organization_id),
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

-- The minutes' date as English minutes write it ("March 14, 2026"), in Colombian time: the same text as
-- src/server/scenarios/calendar.ts `formatLongDate(date, "en")`.
CREATE OR REPLACE FUNCTION demo_long_date_en(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT (ARRAY['January','February','March','April','May','June','July','August','September','October','November','December'])[extract(month FROM l)::int]
         || ' ' || extract(day FROM l)::int || ', ' || extract(year FROM l)::int
  FROM (SELECT (t AT TIME ZONE 'UTC') - interval '5 hours' AS l) AS local_time
$$;

-- The copy of 20261201100000_live_assembly (the live columns), now moving English minutes' dates too and naming the
-- demo's own building in the seeded minutes:
-- the template's name (the scenario's) becomes the name of the organization the copy is for (a
-- prospect's "P.H. Torres del Parque"), wherever the minutes write it.
CREATE OR REPLACE FUNCTION clone_demo_template(p_template uuid, p_shift_days integer) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH bound AS (SELECT current_setting('app.organization_id')::uuid AS org, make_interval(days => p_shift_days) AS shift),
  names AS (
    SELECT (SELECT name FROM organizations WHERE id = p_template) AS template_name,
           (SELECT name FROM organizations o, bound b WHERE o.id = b.org) AS demo_name),
  u AS (
    INSERT INTO units (id, organization_id, tower, floor, number, area_m2, coefficient, dues_status, monthly_fee, created_at)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, s.tower, s.floor, s.number, s.area_m2, s.coefficient, s.dues_status, s.monthly_fee, s.created_at + b.shift
    FROM units s, bound b WHERE s.organization_id = p_template RETURNING 1),
  r AS (
    INSERT INTO residents (id, organization_id, unit_id, full_name, email, phone, type, created_at)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, md5(b.org::text || s.unit_id::text)::uuid, s.full_name, s.email, s.phone, s.type, s.created_at + b.shift
    FROM residents s, bound b WHERE s.organization_id = p_template RETURNING 1),
  a AS (
    INSERT INTO assemblies (id, organization_id, title, type, status, scheduled_at, location, quorum_percent, minutes, closed_at, created_at,
                            started_at, president_name, secretary_name, call)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, s.title, s.type, s.status, s.scheduled_at + b.shift, s.location, s.quorum_percent,
           CASE WHEN s.minutes IS NULL THEN NULL
                ELSE replace(
                       CASE WHEN p_shift_days = 0 THEN s.minutes
                            ELSE replace(replace(s.minutes, demo_long_date(s.scheduled_at), demo_long_date(s.scheduled_at + b.shift)),
                                         demo_long_date_en(s.scheduled_at), demo_long_date_en(s.scheduled_at + b.shift)) END,
                       n.template_name, coalesce(n.demo_name, n.template_name)) END,
           s.closed_at + b.shift, s.created_at + b.shift,
           s.started_at + b.shift, s.president_name, s.secretary_name, s.call
    FROM assemblies s, bound b, names n WHERE s.organization_id = p_template RETURNING 1),
  g AS (
    INSERT INTO agenda_items (id, organization_id, assembly_id, position, title, description, requires_vote, majority, voting_status)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, md5(b.org::text || s.assembly_id::text)::uuid, s.position, s.title, s.description, s.requires_vote, s.majority,
           s.voting_status
    FROM agenda_items s, bound b WHERE s.organization_id = p_template RETURNING 1),
  t AS (
    INSERT INTO attendance (id, organization_id, assembly_id, unit_id, attendee_name, is_proxy, registered_at, proxy_holder_unit_id, proxy_holder_name, source)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, md5(b.org::text || s.assembly_id::text)::uuid, md5(b.org::text || s.unit_id::text)::uuid,
           s.attendee_name, s.is_proxy, s.registered_at + b.shift,
           md5(b.org::text || s.proxy_holder_unit_id::text)::uuid, s.proxy_holder_name, s.source
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

-- Daily synthetic activity, set-based across demos (the lifecycle run): the one role that may write a
-- little life into active demos' buildings (a payment, a new resident, a request) and nothing else (it
-- cannot log in). The function below runs as this role. Its policies reach only active, unpurged demos.
CREATE FUNCTION pg_temp.create_activity_writer() RETURNS void LANGUAGE sql AS $$
  CREATE ROLE "assembly_activity_writer" NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE
$$;
SELECT pg_temp.create_activity_writer() WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'assembly_activity_writer');
DROP FUNCTION pg_temp.create_activity_writer();
GRANT USAGE ON SCHEMA public TO "assembly_activity_writer";
GRANT SELECT ON "organizations" TO "assembly_activity_writer";
GRANT SELECT, UPDATE ON "units" TO "assembly_activity_writer";
GRANT SELECT, INSERT ON "residents", "building_activity" TO "assembly_activity_writer";

CREATE POLICY "daily_activity" ON "units" TO "assembly_activity_writer"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "is_demo" AND "status" = 'active' AND "purged_at" IS NULL))
  WITH CHECK ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "is_demo" AND "status" = 'active' AND "purged_at" IS NULL));
CREATE POLICY "daily_activity" ON "residents" TO "assembly_activity_writer"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "is_demo" AND "status" = 'active' AND "purged_at" IS NULL))
  WITH CHECK ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "is_demo" AND "status" = 'active' AND "purged_at" IS NULL));
CREATE POLICY "daily_activity" ON "building_activity" TO "assembly_activity_writer"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "is_demo" AND "status" = 'active' AND "purged_at" IS NULL))
  WITH CHECK ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "is_demo" AND "status" = 'active' AND "purged_at" IS NULL));

-- Adds the day p_day's activity to each demo of p_orgs (the caller claimed them for that day, and its
-- transaction has app.organization_id set to any value: the tenant policy reads it), in one statement:
-- one unit in arrears pays, one unit without a tenant gets one (a person of p_people, [{name, stem}]),
-- one unit files a request. Each pick is a hash of (unit, day), so a demo moves the same way for the same
-- day, and each row's dedupe key names the day, so a repeated call adds nothing. Times are on each
-- demo's content clock (p_at plus its offset). Returns the rows added per kind.
CREATE OR REPLACE FUNCTION add_daily_demo_activity(p_orgs uuid[], p_day date, p_at timestamptz, p_people jsonb) RETURNS jsonb
LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  WITH orgs AS (
    SELECT o.id, p_at + make_interval(days => o.content_clock_offset_days) AS at
    FROM organizations o WHERE o.id = ANY (p_orgs) AND o.is_demo AND o.status = 'active' AND o.purged_at IS NULL),
  payer AS (
    SELECT DISTINCT ON (u.organization_id) u.organization_id, u.id, u.number, u.tower, u.monthly_fee, o.at
    FROM units u JOIN orgs o ON o.id = u.organization_id
    WHERE u.dues_status = 'in_arrears'
    ORDER BY u.organization_id, md5(u.id::text || p_day::text)),
    paid AS (
    UPDATE units u SET dues_status = 'up_to_date' FROM payer p
    WHERE u.organization_id = p.organization_id AND u.id = p.id AND u.dues_status = 'in_arrears'
      AND NOT EXISTS (SELECT FROM building_activity b WHERE b.organization_id = p.organization_id AND b.dedupe_key = 'daily:' || p_day::text || ':payment')
    RETURNING u.organization_id, u.id),
  payment AS (
    INSERT INTO building_activity (id, organization_id, unit_id, kind, params, dedupe_key, occurred_at)
    SELECT gen_random_uuid(), p.organization_id, p.id, 'payment', jsonb_build_object('unit', p.number, 'tower', p.tower, 'amount', p.monthly_fee),
           'daily:' || p_day::text || ':payment', p.at
    FROM payer p JOIN paid ON paid.organization_id = p.organization_id AND paid.id = p.id
    ON CONFLICT (organization_id, dedupe_key) DO NOTHING RETURNING 1),
  home AS (
    SELECT DISTINCT ON (u.organization_id) u.organization_id, u.id, u.number, u.tower, o.at,
           p_people -> (abs(hashtext(u.organization_id::text || p_day::text)) % greatest(jsonb_array_length(p_people), 1)) AS person
    FROM units u JOIN orgs o ON o.id = u.organization_id
    WHERE NOT EXISTS (SELECT FROM residents r WHERE r.organization_id = u.organization_id AND r.unit_id = u.id AND r.type = 'tenant')
    ORDER BY u.organization_id, md5(u.id::text || p_day::text || ':home')),
  moved_in AS (
    INSERT INTO residents (id, organization_id, unit_id, full_name, email, phone, type, created_at)
    SELECT gen_random_uuid(), h.organization_id, h.id, h.person ->> 'name',
           h.email, NULL, 'tenant', h.at
    FROM (SELECT home.*, (home.person ->> 'stem') || '.' || home.number || '@example.com' AS email FROM home) h
    WHERE h.person IS NOT NULL
      AND NOT EXISTS (SELECT FROM residents r WHERE r.organization_id = h.organization_id AND lower(r.email) = h.email)
      AND NOT EXISTS (SELECT FROM building_activity b WHERE b.organization_id = h.organization_id AND b.dedupe_key = 'daily:' || p_day::text || ':new_resident')
    RETURNING organization_id, unit_id, full_name),
  resident AS (
    INSERT INTO building_activity (id, organization_id, unit_id, kind, params, dedupe_key, occurred_at)
    SELECT gen_random_uuid(), h.organization_id, h.id, 'new_resident', jsonb_build_object('unit', h.number, 'tower', h.tower, 'name', m.full_name),
           'daily:' || p_day::text || ':new_resident', h.at
    FROM home h JOIN moved_in m ON m.organization_id = h.organization_id AND m.unit_id = h.id
    ON CONFLICT (organization_id, dedupe_key) DO NOTHING RETURNING 1),
  asker AS (
    SELECT DISTINCT ON (u.organization_id) u.organization_id, u.id, u.number, u.tower, o.at,
           (ARRAY['leak', 'parking', 'noise'])[1 + abs(hashtext(u.id::text || p_day::text)) % 3] AS subject
    FROM units u JOIN orgs o ON o.id = u.organization_id
    ORDER BY u.organization_id, md5(u.id::text || p_day::text || ':request')),
  request AS (
    INSERT INTO building_activity (id, organization_id, unit_id, kind, params, dedupe_key, occurred_at)
    SELECT gen_random_uuid(), a.organization_id, a.id, 'request', jsonb_build_object('unit', a.number, 'tower', a.tower, 'subject', a.subject),
           'daily:' || p_day::text || ':request', a.at
    FROM asker a
    ON CONFLICT (organization_id, dedupe_key) DO NOTHING RETURNING 1)
  SELECT jsonb_build_object('payments', (SELECT count(*) FROM payment), 'residents', (SELECT count(*) FROM resident),
                            'requests', (SELECT count(*) FROM request))
$$;
ALTER FUNCTION add_daily_demo_activity(uuid[], date, timestamptz, jsonb) OWNER TO "assembly_activity_writer";
REVOKE ALL ON FUNCTION add_daily_demo_activity(uuid[], date, timestamptz, jsonb) FROM PUBLIC;
