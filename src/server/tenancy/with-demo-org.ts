import "server-only";
import type { NextRequest } from "next/server";
import { getTranslator, resolveLocale } from "@/lib/i18n";
import { LOCALE_COOKIE } from "@/server/i18n/get-request-locale";
import { type TenantContext, withTenant } from "@/server/db/tenant";
import { type ApiContext, apiRoute } from "@/server/http/api-route";
import { AppError } from "@/server/http/app-error";
import { bindRequestOrganization } from "@/server/observability/request-context";
import { type AccessUser, type OrganizationSummary, resolveDemoOrg } from "./resolve-demo-org";

export type DemoOrgContext<P> = ApiContext<P> & { tenant: TenantContext; organization: OrganizationSummary; user: AccessUser };

/**
 * Route wrapper for everything that touches an organization's product data (STYLE.md `withDemoOrg`):
 * resolves the session's organization once (from the database), refuses with 401 (no session),
 * 403 `forbidden` (no organization) or 403 `demo_expired`, then runs the handler inside one
 * transaction bound to that organization (row-level security). Handlers never see an organization id
 * from the request.
 * Once the organization is known (expired ones included) it is bound to the request's log context:
 * every later log line carries `organizationId` and `isDemo`, and `apiRoute` tags a demo's response
 * — the handler's or the error's — with `X-Demo-Tenant: <organization id>`.
 */
export function withDemoOrg<P = Record<string, never>>(handler: (request: NextRequest, ctx: DemoOrgContext<P>) => Promise<Response>) {
  return apiRoute<P>(async (request, ctx) => {
    const t = getTranslator(ctx.locale, "api");
    const access = await resolveDemoOrg();
    if (access.kind === "unauthenticated") throw new AppError("unauthorized", t("unauthorized"));
    if (access.kind === "no_organization") throw new AppError("forbidden", t("notFound"));
    bindRequestOrganization(access.organization);
    if (access.kind === "expired") throw new AppError("demo_expired", t("demoExpired"));
    const { organization, user } = access;
    // Messages follow the visitor's explicit choice, then the organization's language, then the browser.
    const locale = resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value, organization.locale, request.headers.get("accept-language"));
    return withTenant(organization.id, (tenant) => handler(request, { ...ctx, locale, tenant, organization, user }));
  });
}
