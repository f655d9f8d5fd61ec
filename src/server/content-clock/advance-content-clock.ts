import "server-only";
import { AppError } from "@/server/http/app-error";
import type { TenantContext } from "@/server/db/tenant";
import { recordEvent } from "@/server/events/record-event";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";
import { ASSEMBLY_REMINDER_DAYS, CATCH_UP_PERCENT, contentNow, FALL_BEHIND_PERCENT, MAX_CONTENT_CLOCK_OFFSET_DAYS } from "./content-clock";

export type TimeTravelResult = {
  /** Days the content clock is now ahead of the real time. */
  offsetDays: number;
  /** ISO 8601: the instant the demo's content now takes as "now". */
  contentNow: string;
  /** Units that paid (in arrears → up to date) and that fell behind (up to date → in arrears). */
  caughtUp: number;
  fellBehind: number;
  /** Scheduled assemblies whose date the content clock passed (now due), and those now within the reminder window. */
  assembliesDue: number;
  reminders: number;
  /** The demo's own expiry, unchanged (ISO 8601), or null for a demo that never expires. */
  demoExpiresAt: string | null;
};

/**
 * "Avanzar N días" (docs/rules.md#scenarios-and-seed-content): moves the content clock of the tenant's
 * demo `days` whole days forward, in the caller's tenant transaction, and lets the building live those
 * days: a deterministic share of units pays (CATCH_UP_PERCENT of those in arrears) or falls behind
 * (FALL_BEHIND_PERCENT of those up to date) — picked by a hash of the unit and the new offset, so the
 * same demo always moves the same way — each with its `building_activity` row (a payment, a dues
 * reminder); scheduled assemblies the clock passed become due, and those within ASSEMBLY_REMINDER_DAYS
 * of the new content date get a reminder. The demo's own expiry (`demo_expires_at`) is never touched.
 * Writes a `time_travel` demo event with the days and the new offset.
 * @param input.days whole days, 1–30 (validated by `timeTravelSchema`).
 * @throws AppError("not_a_demo") → 403 for an organization that is not a demo;
 *   AppError("time_travel_limit") → 409 when the clock would run more than MAX_CONTENT_CLOCK_OFFSET_DAYS ahead.
 */
export async function advanceContentClock(
  { db, organizationId }: TenantContext,
  input: { days: number; actor: string; now: Date },
): Promise<TimeTravelResult> {
  const [moved] = await db.$queryRaw<{ offset_days: number; is_demo: boolean; demo_expires_at: Date | null }[]>`
    UPDATE organizations SET content_clock_offset_days = content_clock_offset_days + ${input.days}::int, updated_at = ${sqlTimestamp(input.now)}
    WHERE id = ${organizationId}::uuid AND is_demo AND content_clock_offset_days + ${input.days}::int <= ${MAX_CONTENT_CLOCK_OFFSET_DAYS}::int
    RETURNING content_clock_offset_days AS offset_days, is_demo, demo_expires_at`;
  if (!moved) {
    const organization = await db.organization.findUnique({ where: { id: organizationId }, select: { isDemo: true } });
    if (!organization?.isDemo) throw new AppError("not_a_demo");
    throw new AppError("time_travel_limit", { params: { maxDays: MAX_CONTENT_CLOCK_OFFSET_DAYS } });
  }
  const offset = moved.offset_days;
  const from = contentNow(input.now, offset - input.days);
  const to = contentNow(input.now, offset);
  const stamp = sqlTimestamp(to);

  // One statement: dues move, each change leaves its activity row; keyed by the offset, so a retried
  // step never writes twice.
  const [dues] = await db.$queryRaw<{ caught_up: number; fell_behind: number }[]>`
    WITH picked AS (
      SELECT id, number, tower, monthly_fee, dues_status,
             ('x' || substr(md5(id::text || ':' || ${offset}::text), 1, 8))::bit(32)::bigint % 100 AS roll
      FROM units WHERE organization_id = ${organizationId}::uuid),
    changed AS (
      UPDATE units u SET dues_status = CASE WHEN p.dues_status = 'in_arrears' THEN 'up_to_date'::"DuesStatus" ELSE 'in_arrears'::"DuesStatus" END
      FROM picked p
      WHERE u.id = p.id AND u.organization_id = ${organizationId}::uuid
        AND ((p.dues_status = 'in_arrears' AND p.roll < ${CATCH_UP_PERCENT}) OR (p.dues_status = 'up_to_date' AND p.roll < ${FALL_BEHIND_PERCENT}))
      RETURNING u.id, u.number, u.tower, u.monthly_fee, u.dues_status),
    activity AS (
      INSERT INTO building_activity (id, organization_id, unit_id, kind, params, dedupe_key, occurred_at)
      SELECT gen_random_uuid(), ${organizationId}::uuid, c.id,
             CASE WHEN c.dues_status = 'up_to_date' THEN 'payment' ELSE 'dues_reminder' END,
             jsonb_build_object('unit', c.number, 'tower', c.tower, 'amount', c.monthly_fee),
             'clock:' || ${offset}::text || ':dues:' || c.id::text, ${stamp}::timestamptz
      FROM changed c
      ON CONFLICT (organization_id, dedupe_key) DO NOTHING)
    SELECT count(*) FILTER (WHERE dues_status = 'up_to_date')::int AS caught_up,
           count(*) FILTER (WHERE dues_status = 'in_arrears')::int AS fell_behind
    FROM changed`;

  const [assemblies] = await db.$queryRaw<{ due: number; reminders: number }[]>`
    WITH due AS (
      SELECT id, title, scheduled_at FROM assemblies
      WHERE organization_id = ${organizationId}::uuid AND status = 'scheduled'
        AND scheduled_at > ${sqlTimestamp(from)}::timestamptz AND scheduled_at <= ${stamp}::timestamptz),
    upcoming AS (
      SELECT id, title, scheduled_at FROM assemblies
      WHERE organization_id = ${organizationId}::uuid AND status = 'scheduled'
        AND scheduled_at > ${stamp}::timestamptz AND scheduled_at <= ${stamp}::timestamptz + make_interval(days => ${ASSEMBLY_REMINDER_DAYS}::int)),
    written AS (
      INSERT INTO building_activity (id, organization_id, kind, params, dedupe_key, occurred_at)
      SELECT gen_random_uuid(), ${organizationId}::uuid, 'assembly_due',
             jsonb_build_object('assemblyId', id, 'title', title, 'scheduledAt', scheduled_at), 'clock:' || ${offset}::text || ':due:' || id::text, ${stamp}::timestamptz
      FROM due
      UNION ALL
      SELECT gen_random_uuid(), ${organizationId}::uuid, 'assembly_reminder',
             jsonb_build_object('assemblyId', id, 'title', title, 'scheduledAt', scheduled_at), 'clock:' || ${offset}::text || ':reminder:' || id::text, ${stamp}::timestamptz
      FROM upcoming
      ON CONFLICT (organization_id, dedupe_key) DO NOTHING)
    SELECT (SELECT count(*) FROM due)::int AS due, (SELECT count(*) FROM upcoming)::int AS reminders`;

  await recordEvent(db, { organizationId, type: "time_travel", actor: input.actor, data: { days: input.days, offsetDays: offset } });
  return {
    offsetDays: offset,
    contentNow: to.toISOString(),
    caughtUp: dues!.caught_up,
    fellBehind: dues!.fell_behind,
    assembliesDue: assemblies!.due,
    reminders: assemblies!.reminders,
    demoExpiresAt: moved.demo_expires_at?.toISOString() ?? null,
  };
}
