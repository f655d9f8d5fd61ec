import "server-only";
import type { NextRequest } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { type TenantContext, withTenant } from "@/server/db/tenant";
import { type ApiContext, apiRoute } from "@/server/http/api-route";
import { AppError } from "@/server/http/app-error";
import { type AccessUser, type OrganizationSummary, resolveDemoOrg } from "./resolve-demo-org";

export type DemoOrgContext<P> = ApiContext<P> & { tenant: TenantContext; organization: OrganizationSummary; user: AccessUser };

/**
 * Route wrapper for everything that touches an organization's product data (STYLE.md `withDemoOrg`):
 * resolves the session's organization once (from the database), refuses with 401 (no session),
 * 403 `forbidden` (no organization) or 403 `demo_expired`, then runs the handler inside one
 * transaction bound to that organization (row-level security). Handlers never see an organization id
 * from the request.
 */
export function withDemoOrg<P = Record<string, never>>(handler: (request: NextRequest, ctx: DemoOrgContext<P>) => Promise<Response>) {
  return apiRoute<P>(async (request, ctx) => {
    const t = getTranslator(ctx.locale, "api");
    const access = await resolveDemoOrg();
    if (access.kind === "unauthenticated") throw new AppError("unauthorized", t("unauthorized"));
    if (access.kind === "no_organization") throw new AppError("forbidden", t("notFound"));
    if (access.kind === "expired") throw new AppError("demo_expired", t("demoExpired"));
    const { organization, user } = access;
    return withTenant(organization.id, (tenant) => handler(request, { ...ctx, tenant, organization, user }));
  });
}
