-- Live assemblies (docs/rules.md#assemblies-ley-675-de-2001): an assembly is started (in_progress, with
-- its real start time, president and secretary) before it can be closed, it is held on a first or second
-- call (Ley 675 de 2001 art. 41), each agenda item opens and closes its own voting, attendance records who
-- holds a unit's proxy (another unit's owner or a named third party) and whether the owner registered
-- through their voter link or the administrator did.
ALTER TYPE "AssemblyStatus" ADD VALUE 'in_progress' BEFORE 'closed';

CREATE TYPE "AssemblyCall" AS ENUM ('first', 'second');
CREATE TYPE "ItemVotingStatus" AS ENUM ('pending', 'open', 'closed');
CREATE TYPE "AttendanceSource" AS ENUM ('admin', 'link');

ALTER TABLE "assemblies" ADD COLUMN "started_at" TIMESTAMPTZ(3);
ALTER TABLE "assemblies" ADD COLUMN "president_name" TEXT;
ALTER TABLE "assemblies" ADD COLUMN "secretary_name" TEXT;
ALTER TABLE "assemblies" ADD COLUMN "call" "AssemblyCall" NOT NULL DEFAULT 'first';

ALTER TABLE "agenda_items" ADD COLUMN "voting_status" "ItemVotingStatus" NOT NULL DEFAULT 'pending';

ALTER TABLE "attendance" ADD COLUMN "proxy_holder_unit_id" UUID;
ALTER TABLE "attendance" ADD COLUMN "proxy_holder_name" TEXT;
ALTER TABLE "attendance" ADD COLUMN "source" "AttendanceSource" NOT NULL DEFAULT 'admin';
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_organization_id_proxy_holder_unit_id_fkey" FOREIGN KEY ("organization_id", "proxy_holder_unit_id") REFERENCES "units"("organization_id", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Assemblies closed before this migration were held at their scheduled time (their minutes say so).
UPDATE "assemblies" SET "started_at" = "scheduled_at" WHERE "status" = 'closed' AND "started_at" IS NULL;
UPDATE "agenda_items" SET "voting_status" = 'closed' WHERE "assembly_id" IN (SELECT "id" FROM "assemblies" WHERE "status" = 'closed');

-- The template clone copies the new columns too (same rules as in 20261130100000_demo_templates: ids
-- become md5(new organization || old id), dates move by p_shift_days).
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
    INSERT INTO assemblies (id, organization_id, title, type, status, scheduled_at, location, quorum_percent, minutes, closed_at, created_at,
                            started_at, president_name, secretary_name, call)
    SELECT md5(b.org::text || s.id::text)::uuid, b.org, s.title, s.type, s.status, s.scheduled_at + b.shift, s.location, s.quorum_percent,
           CASE WHEN s.minutes IS NULL OR p_shift_days = 0 THEN s.minutes
                ELSE replace(s.minutes, demo_long_date(s.scheduled_at), demo_long_date(s.scheduled_at + b.shift)) END,
           s.closed_at + b.shift, s.created_at + b.shift,
           s.started_at + b.shift, s.president_name, s.secretary_name, s.call
    FROM assemblies s, bound b WHERE s.organization_id = p_template RETURNING 1),
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
