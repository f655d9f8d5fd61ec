import "server-only";
import type { Prisma } from "@/server/db/client";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";
import { recordEvent } from "@/server/events/record-event";

/**
 * MAX_ACTIVE_DEMOS (docs/rules.md#demo-request): inside the provisioning transaction, takes a transaction-level
 * advisory lock shared by every capped provisioning — so count-then-create cannot race past the cap —
 * and counts the active per-email demos (the shared QA demo, which never expires, does not count).
 * At the cap it records a `demo_events` row "cap_hit" (no organization, `data.email`) for the console.
 * The lock is only taken when a cap is set and is held until the transaction ends.
 * @returns true when there is room for one more demo.
 */
export async function claimActiveDemoSlot(
  tx: Prisma.TransactionClient,
  { max, email, now }: { max: number; email: string; now: Date },
): Promise<boolean> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('assembly:max-active-demos', 0))`;
  const [row] = await tx.$queryRaw<{ active: number }[]>`
    SELECT count(*)::int AS active FROM organizations
    WHERE is_demo AND status = 'active' AND demo_expires_at > ${sqlTimestamp(now)}`;
  if ((row?.active ?? 0) < max) return true;
  await recordEvent(tx, { organizationId: null, type: "cap_hit", actor: "system", data: { email, max }, createdAt: now });
  return false;
}
