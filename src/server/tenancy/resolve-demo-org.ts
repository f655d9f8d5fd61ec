import "server-only";
import { cache } from "react";
import { getSessionUser } from "@/server/auth/get-session-user";
import { type Prisma, prisma } from "@/server/db/client";
import { isOrganizationExpired } from "@/server/demo/demo-policy";

/** The organization fields every PH admin page and tenant route works with. */
export const organizationSummarySelect = {
  id: true,
  name: true,
  isDemo: true,
  status: true,
  scenario: true,
  demoExpiresAt: true,
  terminatedAt: true,
  purgedAt: true,
  assemblyCredits: true,
  themeColor: true,
  locale: true,
  contentClockOffsetDays: true,
} as const satisfies Prisma.OrganizationSelect;

export type OrganizationSummary = Prisma.OrganizationGetPayload<{ select: typeof organizationSummarySelect }>;

/** The signed-in user; `name` as they gave it when asking for the demo (null when they did not). */
export type AccessUser = { id: string; email: string; name: string | null; role: "ADMIN_PH" | "SUPER_ADMIN" };

/** What the current request may do with its organization. */
export type DemoOrgAccess =
  | { kind: "unauthenticated" }
  | { kind: "no_organization"; user: AccessUser }
  | { kind: "expired"; user: AccessUser; organization: OrganizationSummary }
  | { kind: "active"; user: AccessUser; organization: OrganizationSummary };

/**
 * Resolves the session's organization from the DATABASE on every request (docs/rules.md#demo-lifecycle): the JWT only
 * names the user; whether the user still exists, which organization it belongs to and whether that
 * organization has expired are read now, so a session opened before expiry stops working at expiry.
 * The organization id never comes from the request (docs/rules.md#tenancy-and-isolation).
 * Memoized per server render (React `cache`), so the layout and the page share one lookup; route
 * handlers call it once each.
 */
export const resolveDemoOrg = cache((): Promise<DemoOrgAccess> => loadDemoOrgAccess(new Date()));

/** The uncached lookup behind `resolveDemoOrg`. */
async function loadDemoOrgAccess(now: Date): Promise<DemoOrgAccess> {
  const sessionUser = await getSessionUser();
  if (!sessionUser) return { kind: "unauthenticated" };
  const user = await prisma.user.findUnique({
    where: { id: sessionUser.id },
    select: { id: true, email: true, name: true, role: true, organization: { select: organizationSummarySelect } },
  });
  if (!user) return { kind: "unauthenticated" };
  const access = { id: user.id, email: user.email, name: user.name, role: user.role };
  if (!user.organization) return { kind: "no_organization", user: access };
  const kind = isOrganizationExpired(user.organization, now) ? "expired" : "active";
  return { kind, user: access, organization: user.organization };
}
