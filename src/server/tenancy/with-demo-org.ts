import "server-only";
import type { NextRequest } from "next/server";
import { type Locale, resolveLocale } from "@/lib/i18n";
import { LOCALE_COOKIE } from "@/server/i18n/get-request-locale";
import { type TenantContext, withTenant } from "@/server/db/tenant";
import { type ApiContext, apiRoute } from "@/server/http/api-route";
import { AppError } from "@/server/http/app-error";
import { setResponseLocale } from "@/server/http/response-locale";
import { bindRequestOrganization } from "@/server/observability/request-context";
import { type AccessUser, type DemoOrgAccess, type OrganizationSummary, resolveDemoOrg } from "./resolve-demo-org";

export type DemoOrgContext<P> = ApiContext<P> & {
  organization: OrganizationSummary;
  user: AccessUser;
  /**
   * Runs `fn` in one transaction bound to the session's organization (row-level security). Call it
   * only around the data work, after the request body is read and validated, so that a slow client
   * never holds a pooled connection; the transaction commits when `fn` resolves and rolls back when
   * it throws.
   */
  transaction: <T>(fn: (tenant: TenantContext) => Promise<T>) => Promise<T>;
};

/**
 * The session's organization, read from the database (`resolveDemoOrg`), and the request's language:
 * the visitor's explicit choice (cookie), else the organization's, else the browser's — set as the
 * response's language too. Binds the organization (expired ones included) to the request's log context.
 * @returns the access (active or expired) and the locale.
 * @throws AppError 401 `unauthorized` (no session), 403 `no_organization`.
 */
export async function resolveRequestOrganization(
  request: NextRequest,
): Promise<{ access: Extract<DemoOrgAccess, { kind: "active" | "expired" }>; locale: Locale }> {
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
  return { access, locale };
}

/**
 * Route wrapper for everything that touches an organization's product data
 * (docs/rules.md#tenancy-and-isolation): resolves the session's organization once (from the
 * database), refuses with 401 `unauthorized` (no session), 403 `forbidden` (`no_organization`) or
 * 403 `demo_expired`, then runs the handler with `transaction`, which opens the tenant-bound
 * transaction only when the handler asks for it. Handlers never see an organization id from the
 * request.
 * The request then answers in the visitor's explicit choice (cookie), else the organization's
 * language, else the browser's (`ctx.locale`, and the errors `errorResponse` words).
 * Once the organization is known (expired ones included) it is bound to the request's log context:
 * every later log line carries `organizationId` and `isDemo`, and `apiRoute` tags a demo's response
 * — the handler's or the error's — with `X-Demo-Tenant: <organization id>`.
 */
export function withDemoOrg<P = Record<string, never>>(handler: (request: NextRequest, ctx: DemoOrgContext<P>) => Promise<Response>) {
  return apiRoute<P>(async (request, ctx) => {
    const { access, locale } = await resolveRequestOrganization(request);
    if (access.kind === "expired") throw new AppError("demo_expired");
    const { organization, user } = access;
    return handler(request, { ...ctx, locale, organization, user, transaction: (fn) => withTenant(organization.id, fn) });
  });
}
