-- Time-ordered ids for demo content (docs/scale.md, "Ids that keep the indexes small"). A demo's rows used
-- to get md5(new organization || template row)::uuid: random, so every new demo wrote into random pages
-- of every id index, and once those indexes outgrew memory each demo dirtied (and, after a checkpoint,
-- logged whole) hundreds of pages: 10× the WAL per demo at 20,000 demos. Now a row's id is the first
-- half of its organization's id (a UUIDv7, time-ordered, made by the app) followed by the second half of
-- md5(organization || template row): still a pure function of the two, so children find their new
-- parents without a mapping table, but all of one demo's rows sit together and each new demo's rows
-- go to the right-hand edge of the indexes, the pages already in memory.
CREATE OR REPLACE FUNCTION demo_row_id(p_organization uuid, p_source uuid) RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog
AS $$
  SELECT (left(replace(p_organization::text, '-', ''), 16) || right(md5(p_organization::text || p_source::text), 16))::uuid
$$;

-- The copy of 20261201110000_demo_clock_activity_simulation, with demo_row_id instead of md5(…)::uuid.
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
    SELECT demo_row_id(b.org, s.id), b.org, s.tower, s.floor, s.number, s.area_m2, s.coefficient, s.dues_status, s.monthly_fee, s.created_at + b.shift
    FROM units s, bound b WHERE s.organization_id = p_template RETURNING 1),
  r AS (
    INSERT INTO residents (id, organization_id, unit_id, full_name, email, phone, type, created_at)
    SELECT demo_row_id(b.org, s.id), b.org, demo_row_id(b.org, s.unit_id), s.full_name, s.email, s.phone, s.type, s.created_at + b.shift
    FROM residents s, bound b WHERE s.organization_id = p_template RETURNING 1),
  a AS (
    INSERT INTO assemblies (id, organization_id, title, type, status, scheduled_at, location, quorum_percent, minutes, closed_at, created_at,
                            started_at, president_name, secretary_name, call)
    SELECT demo_row_id(b.org, s.id), b.org, s.title, s.type, s.status, s.scheduled_at + b.shift, s.location, s.quorum_percent,
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
    SELECT demo_row_id(b.org, s.id), b.org, demo_row_id(b.org, s.assembly_id), s.position, s.title, s.description, s.requires_vote, s.majority,
           s.voting_status
    FROM agenda_items s, bound b WHERE s.organization_id = p_template RETURNING 1),
  t AS (
    INSERT INTO attendance (id, organization_id, assembly_id, unit_id, attendee_name, is_proxy, registered_at, proxy_holder_unit_id, proxy_holder_name, source)
    SELECT demo_row_id(b.org, s.id), b.org, demo_row_id(b.org, s.assembly_id), demo_row_id(b.org, s.unit_id),
           s.attendee_name, s.is_proxy, s.registered_at + b.shift,
           demo_row_id(b.org, s.proxy_holder_unit_id), s.proxy_holder_name, s.source
    FROM attendance s, bound b WHERE s.organization_id = p_template RETURNING 1),
  v AS (
    INSERT INTO votes (id, organization_id, agenda_item_id, unit_id, choice, cast_at)
    SELECT demo_row_id(b.org, s.id), b.org, demo_row_id(b.org, s.agenda_item_id), demo_row_id(b.org, s.unit_id),
           s.choice, s.cast_at + b.shift
    FROM votes s, bound b WHERE s.organization_id = p_template RETURNING 1)
  SELECT jsonb_build_object('units', (SELECT count(*) FROM u), 'residents', (SELECT count(*) FROM r), 'assemblies', (SELECT count(*) FROM a),
                            'agendaItems', (SELECT count(*) FROM g), 'attendance', (SELECT count(*) FROM t), 'votes', (SELECT count(*) FROM v))
$$;
