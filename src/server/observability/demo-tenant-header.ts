import { isUuid } from "@/lib/uuid";
/**
 * The header that tags every response of a demo organization's request with that organization's id
 * (docs/rules.md#observability: "tag all requests made by demo users"), so logs, CDN analytics and error
 * rates can be segmented by demo without reading bodies. Set by `apiRoute` for the tenant APIs (from
 * the organization `withDemoOrg` resolved in the database) and by the proxy for dashboard pages (from
 * the session's JWT — see `sessionDemoTenant`).
 */
export const DEMO_TENANT_HEADER = "X-Demo-Tenant";

/** True for a value that may go into the header: an organization id (UUID), nothing else. */
export function isDemoTenantId(value: unknown): value is string {
  return isUuid(value);
}
