import "server-only";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { env } from "@/env";
import { isDemoTenantId } from "./demo-tenant-header";

/** next-auth's session cookie over https; browsers only keep `__Secure-` cookies set over https. */
const SECURE_SESSION_COOKIE = "__Secure-next-auth.session-token";

/**
 * The demo organization the request's next-auth session names, for the proxy to tag dashboard pages
 * with `X-Demo-Tenant` (a server component cannot set response headers). It decodes the JWT (signed and
 * encrypted with NEXTAUTH_SECRET, expiry checked) and reads its `organizationId` and `isDemo` claims
 * (set at login, src/server/auth/auth-options.ts).
 * The header therefore names the SESSION's organization as of login; it is a tag for analytics, never
 * an access decision — the page itself re-reads the user and organization from the database
 * (`renderDemoPage`), so a demo that expired since still shows "Demo vencido".
 * @returns the organization id, or null without a valid session or for a non-demo organization.
 */
export async function sessionDemoTenant(request: NextRequest): Promise<string | null> {
  const secureCookie = request.cookies.getAll().some((cookie) => cookie.name.startsWith(SECURE_SESSION_COOKIE));
  const token = await getToken({ req: request, secret: env.NEXTAUTH_SECRET, secureCookie });
  return token?.isDemo === true && isDemoTenantId(token.organizationId) ? token.organizationId : null;
}
