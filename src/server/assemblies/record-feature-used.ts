import "server-only";
import type { TenantContext } from "@/server/db/tenant";

/** The assembly features whose use the sales console counts (`demo_events.data.feature`). */
export type AssemblyFeature = "create_assembly" | "register_attendance" | "record_vote" | "close_assembly";

/**
 * Records one use of a feature as a `demo_events` row (type "feature_used") in the caller's
 * transaction, so the event exists exactly when the write it describes commits.
 * @param options.actor the session user's email.
 * @param options.details extra ids for the audit trail (e.g. `{ assemblyId }`), stored beside `feature`.
 */
export async function recordFeatureUsed(
  { db, organizationId }: TenantContext,
  { actor, feature, details = {} }: { actor: string; feature: AssemblyFeature; details?: Record<string, string> },
): Promise<void> {
  await db.demoEvent.create({ data: { organizationId, type: "feature_used", actor, data: { feature, ...details } } });
}
