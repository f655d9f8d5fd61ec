import "server-only";
import { prisma } from "@/server/db/client";
import { log } from "@/server/log";
import { recordEvent } from "@/server/events/record-event";

/**
 * Records that a demo's PH admin page was viewed (docs/rules.md#observability): one `demo_events` row,
 * type "page_view", `data: { path: <section> }`, for the sales console's activity and feature usage.
 * Meant to run after the response (`after()`), so it never slows or fails the page: any error is
 * logged and swallowed.
 * @param section the dashboard section, e.g. "overview", "units".
 * @param actor the viewer's email, as the other demo events record it.
 */
export async function recordPageView({
  organizationId,
  section,
  actor,
}: {
  organizationId: string;
  section: string;
  actor: string;
}): Promise<void> {
  try {
    await recordEvent(prisma, { organizationId, type: "page_view", actor, data: { path: section } });
  } catch (err) {
    log.error({ err, section }, "page_view event not recorded");
  }
}
