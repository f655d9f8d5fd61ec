import "server-only";
import type { NextRequest } from "next/server";
import { resolveLocale } from "@/lib/i18n";
import { LOCALE_COOKIE } from "@/server/i18n/get-request-locale";
import { type ApiContext, apiRoute } from "@/server/http/api-route";
import { AppError } from "@/server/http/app-error";
import { setResponseLocale } from "@/server/http/response-locale";
import { bindRequestOrganization } from "@/server/observability/request-context";
import { type AccessUser, type OrganizationSummary, resolveDemoOrg } from "@/server/tenancy/resolve-demo-org";

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
    const access = await resolveDemoOrg();
    if (access.kind === "unauthenticated") throw new AppError("unauthorized");
    if (access.kind === "no_organization") throw new AppError("no_organization");
    bindRequestOrganization(access.organization);
    const locale = resolveLocale(
      request.cookies.get(LOCALE_COOKIE)?.value,
      access.organization.locale,
      request.headers.get("accept-language"),
    );
    setResponseLocale(locale);
    return handler(request, { ...ctx, locale, organization: access.organization, user: access.user, expired: access.kind === "expired" });
  });
}
