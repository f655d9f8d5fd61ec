import "server-only";
import type { SettingsUpdateInput } from "@/lib/schemas/settings";
import type { TenantContext } from "@/server/db/tenant";
import { recordFeatureUsed } from "@/server/events/record-event";

/**
 * Changes the session organization's name, theme colour ("#rrggbb") and/or locale ("es" | "en") and
 * records the feature use (`demo_events`: feature_used / change_settings, with `data.themeColor` when the
 * colour changed; actor = the user's email), in
 * the caller's tenant transaction. `organizations` is a platform table without RLS: the row is chosen
 * by the session's organization id only, never by anything in the request.
 * @returns the settings after the change: `{ name, themeColor, locale }`.
 */
export async function updateSettings(tenant: TenantContext, { input, actor }: { input: SettingsUpdateInput; actor: string }) {
  const { db, organizationId } = tenant;
  const settings = await db.organization.update({
    where: { id: organizationId },
    data: { name: input.name, themeColor: input.themeColor, locale: input.locale },
    select: { name: true, themeColor: true, locale: true },
  });
  // The new colour in the event lets the guided checklist see "change the colour" (docs/engagement.md).
  const details: Record<string, string> = input.themeColor ? { themeColor: settings.themeColor } : {};
  await recordFeatureUsed(tenant, { actor, feature: "change_settings", details });
  return settings;
}
