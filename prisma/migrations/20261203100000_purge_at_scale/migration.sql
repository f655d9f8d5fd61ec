-- The retention purge at scale (docs/scale.md "Lifecycle: draining any backlog"): 10,000 ended demos
-- (5.3 M product rows) purged in one cron run, at a cost per demo that does not grow with the number of
-- organizations or of demos purged before.
-- Note: the migration runner splits scripts at every semicolon, so none appears inside a statement below.

-- 1. The purger's policy reads only the organizations of the batch being purged. Before, its subquery
-- listed every purged demo (a scan of all organizations, once per DELETE), so each batch cost more than
-- the last. The batch is named by `app.purge_organizations` — set by purge_demo_content from its argument
-- — and the rule is unchanged: a row is reachable only if its organization is a demo marked purged
-- (purged_at set, in the caller's transaction or before). The setting can only narrow that set: unset or
-- empty, the purger reaches nothing. The check on purged_at is written `(…) IS TRUE` so that no index
-- can serve it: the organizations are then always found by primary key (the batch's ids), even when
-- the statistics still say no demo is purged (right after a large backlog arrived) and would send the
-- planner down the purged_at index, comparing every purged organization with every id of the batch.
ALTER POLICY "purge_marked" ON "units"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "id" = ANY (nullif(current_setting('app.purge_organizations', true), '')::uuid[]) AND ("purged_at" IS NOT NULL AND "is_demo") IS TRUE));
ALTER POLICY "purge_marked" ON "residents"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "id" = ANY (nullif(current_setting('app.purge_organizations', true), '')::uuid[]) AND ("purged_at" IS NOT NULL AND "is_demo") IS TRUE));
ALTER POLICY "purge_marked" ON "assemblies"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "id" = ANY (nullif(current_setting('app.purge_organizations', true), '')::uuid[]) AND ("purged_at" IS NOT NULL AND "is_demo") IS TRUE));
ALTER POLICY "purge_marked" ON "agenda_items"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "id" = ANY (nullif(current_setting('app.purge_organizations', true), '')::uuid[]) AND ("purged_at" IS NOT NULL AND "is_demo") IS TRUE));
ALTER POLICY "purge_marked" ON "attendance"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "id" = ANY (nullif(current_setting('app.purge_organizations', true), '')::uuid[]) AND ("purged_at" IS NOT NULL AND "is_demo") IS TRUE));
ALTER POLICY "purge_marked" ON "votes"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "id" = ANY (nullif(current_setting('app.purge_organizations', true), '')::uuid[]) AND ("purged_at" IS NOT NULL AND "is_demo") IS TRUE));
ALTER POLICY "purge_marked" ON "building_activity"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "id" = ANY (nullif(current_setting('app.purge_organizations', true), '')::uuid[]) AND ("purged_at" IS NOT NULL AND "is_demo") IS TRUE));
ALTER POLICY "purge_marked" ON "assembly_simulations"
  USING ("organization_id" IN (SELECT "id" FROM "organizations" WHERE "id" = ANY (nullif(current_setting('app.purge_organizations', true), '')::uuid[]) AND ("purged_at" IS NOT NULL AND "is_demo") IS TRUE));

-- 2. The deletes, as before (one DELETE per table in one statement, as the purger), in a function of
-- their own so that the batch is bound before they run: purge_demo_content passes
-- set_config('app.purge_organizations', …) as an argument, which is evaluated before this body starts.
-- Called directly it deletes only what the setting and the policy both allow.
CREATE OR REPLACE FUNCTION purge_marked_demo_content(p_orgs uuid[], p_bound text) RETURNS TABLE (organization_id uuid, rows jsonb)
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
ALTER FUNCTION purge_marked_demo_content(uuid[], text) OWNER TO "assembly_purger";
REVOKE ALL ON FUNCTION purge_marked_demo_content(uuid[], text) FROM PUBLIC;

-- The entry point keeps its signature and answer: every product row of the organizations p_orgs that are
-- demos marked purged, deleted, and answers the rows deleted per organization and table. The calling transaction must
-- have app.organization_id set (any value: the tenant policy reads it).
CREATE OR REPLACE FUNCTION purge_demo_content(p_orgs uuid[]) RETURNS TABLE (organization_id uuid, rows jsonb)
LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
  SELECT p.organization_id, p.rows FROM purge_marked_demo_content(p_orgs, set_config('app.purge_organizations', p_orgs::text, true)) AS p
$$;
ALTER FUNCTION purge_demo_content(uuid[]) OWNER TO "assembly_purger";
REVOKE ALL ON FUNCTION purge_demo_content(uuid[]) FROM PUBLIC;

-- 3. Without foreign-key triggers, where the database allows it. Deleting a unit fires one cascade
-- trigger per referencing foreign key (residents, attendance ×2, votes, building activity): 2.5 M
-- trigger queries for 10,000 demos, three quarters of the purge's time, each finding nothing because
-- the same statement deletes every referencing table's rows of the same organizations (the composite
-- foreign keys keep a child in its parent's organization). With session_replication_role = replica for
-- the function's duration (restored when it returns) those triggers are not queued. Row-level security
-- still applies. tests/lifecycle-purge-scale.test.ts checks that every foreign key into a purged table
-- comes from a purged table and that no other trigger exists on them.
-- Setting that parameter needs a superuser's grant: when this migration runs as one, the purger gets it,
-- otherwise the function keeps its triggers (same result, slower). A later CREATE OR REPLACE of
-- purge_marked_demo_content drops the SET clause: repeat the ALTER FUNCTION below after it.
CREATE FUNCTION pg_temp.grant_purger_replica() RETURNS void LANGUAGE sql AS $$
  GRANT SET ON PARAMETER session_replication_role TO "assembly_purger"
$$;
SELECT pg_temp.grant_purger_replica() WHERE (SELECT rolsuper FROM pg_roles WHERE rolname = current_user);
DROP FUNCTION pg_temp.grant_purger_replica();
CREATE FUNCTION pg_temp.purge_as_replica() RETURNS void LANGUAGE sql AS $$
  ALTER FUNCTION purge_marked_demo_content(uuid[], text) SET session_replication_role = replica
$$;
SELECT pg_temp.purge_as_replica() WHERE has_parameter_privilege('assembly_purger', 'session_replication_role', 'SET');
DROP FUNCTION pg_temp.purge_as_replica();
