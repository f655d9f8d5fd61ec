import "server-only";
import type { Prisma } from "@/server/db/client";
import type { TenantContext } from "@/server/db/tenant";
import type { LifecycleAction } from "@/server/lifecycle/record-lifecycle-changes";

/**
 * Every `demo_events.type` the app writes, in one place (the sales console's timeline and analytics
 * read them; docs/rules.md#sales-console and docs/rules.md#observability):
 * - `login`: a prospect signed in; `page_view`: a dashboard section was viewed (`data.path`);
 * - `feature_used`: a product feature was used (`data.feature`, see `DemoFeature`);
 * - `cap_hit`: a demo request met MAX_ACTIVE_DEMOS (no organization; `data.email`, `data.max`);
 * - `warning_sent`: an expiry warning email went out (`data.kind`);
 * - `assembly_started`: an assembly was started live (`data.assemblyId`);
 * - `minutes_downloaded`: an assembly's minutes were downloaded as PDF or text (`data.assemblyId`, `data.format`);
 * - `share_link_created`, `share_link_view`: the prospect shared the demo read-only / someone opened it;
 * - `extension_requested`, `extension_denied`: the prospect asked for more time / sales said no
 *   (an approval is an `extended` lifecycle event); `onboarding_dismissed`: the guided checklist was
 *   hidden or shown again (`data.dismissed`) — docs/engagement.md;
 * - `time_travel`: the prospect moved the demo's content clock (`data.days`, `data.offsetDays`);
 * - `simulation_started` / `simulation_stopped`: a simulated assembly day (`data.assemblyId`, `data.seed`, `data.durationSeconds`);
 * - `synthetic_activity`: the lifecycle run added the day's activity (`data.day`);
 * - the lifecycle actions (`created`, `extended`, `terminated`, `expired`, `reset`, `reissued`,
 *   `converted`, `purged`), written with their audit row by `recordLifecycleChanges`.
 */
export type DemoEventType =
  | "login"
  | "page_view"
  | "feature_used"
  | "cap_hit"
  | "warning_sent"
  | "assembly_started"
  | "minutes_downloaded"
  | "share_link_created"
  | "share_link_view"
  | "extension_requested"
  | "extension_denied"
  | "onboarding_dismissed"
  | "time_travel"
  | "simulation_started"
  | "simulation_stopped"
  | "synthetic_activity"
  | LifecycleAction;

/** The features whose use the sales console counts (`data.feature` of `feature_used` events). */
export type DemoFeature =
  | "create_assembly"
  | "register_attendance"
  | "record_vote"
  | "close_assembly"
  | "open_voting"
  | "close_voting"
  | "create_resident"
  | "edit_resident"
  | "delete_resident"
  | "change_settings";

/** A Prisma client or transaction: events are written in the caller's transaction when there is one. */
type Db = Pick<Prisma.TransactionClient, "demoEvent">;

/**
 * Writes one `demo_events` row. In a transaction (tenant-bound or not) the event exists exactly when
 * the change it describes commits.
 * @param event.organizationId null only for events of no organization (`cap_hit`).
 * @param event.actor who acted: a user's email, "cron" or "system".
 * @param event.createdAt defaults to the database's now().
 */
export async function recordEvent(
  db: Db,
  event: { organizationId: string | null; type: DemoEventType; actor: string; data?: Prisma.InputJsonObject; createdAt?: Date },
): Promise<void> {
  await db.demoEvent.create({ data: event, select: { id: true } });
}

/**
 * Records one use of a feature (`feature_used`) in the caller's tenant transaction.
 * @param options.actor the session user's email.
 * @param options.details extra ids for the audit trail (e.g. `{ assemblyId }`), stored beside `feature`.
 */
export async function recordFeatureUsed(
  { db, organizationId }: TenantContext,
  { actor, feature, details = {} }: { actor: string; feature: DemoFeature; details?: Record<string, string> },
): Promise<void> {
  await recordEvent(db, { organizationId, type: "feature_used", actor, data: { feature, ...details } });
}
