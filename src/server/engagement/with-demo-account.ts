import "server-only";
import type { NextRequest } from "next/server";
import { type ApiContext, apiRoute } from "@/server/http/api-route";
import type { AccessUser, OrganizationSummary } from "@/server/tenancy/resolve-demo-org";
import { resolveRequestOrganization } from "@/server/tenancy/with-demo-org";

export type DemoAccountContext<P> = ApiContext<P> & { organization: OrganizationSummary; user: AccessUser; expired: boolean };

/**
 * Route wrapper for what a prospect may still do once the demo has expired (asking for more time,
 * docs/engagement.md#more-time): the session's organization is resolved from the database as for
 * every tenant route (`resolveDemoOrg`: 401 `unauthorized` without a session, 403 `no_organization`),
 * but an expired demo is NOT refused — the handler gets `expired: true`. It gives no tenant
 * transaction: handlers behind it touch platform rows only, never the demo's product data. The answer
 * is worded in the visitor's choice, else the organization's language, else the browser's.
 */
export function withDemoAccount<P = Record<string, never>>(
  handler: (request: NextRequest, ctx: DemoAccountContext<P>) => Promise<Response>,
) {
  return apiRoute<P>(async (request, ctx) => {
    const { access, locale } = await resolveRequestOrganization(request);
    return handler(request, { ...ctx, locale, organization: access.organization, user: access.user, expired: access.kind === "expired" });
  });
}
