import "server-only";
import { notFound, redirect } from "next/navigation";
import { checkAssemblyExists } from "@/server/dashboard/check-assembly-exists";
import { withTenant } from "@/server/db/tenant";
import { noOrganizationHome } from "@/server/tenancy/no-organization-home";
import { resolveDemoOrg } from "@/server/tenancy/resolve-demo-org";
import { isUuid } from "@/lib/uuid";

/**
 * The checks that must answer with a real HTTP status, run from a layout — outside the segment's
 * loading.tsx boundary. Once a loading skeleton streams, the status is fixed at 200 and `redirect()` /
 * `notFound()` can only be soft (Next docs, loading.js "Status codes"). So: no session → 307 to
 * /login; a malformed id, an unknown one or another organization's → 404 (the same answer for all,
 * docs/rules.md#tenancy-and-isolation). An expired demo passes: its page renders "Demo vencido" itself.
 * @param options.callbackPath where /login returns after signing in.
 * @param options.assemblyId the route's assembly id, when the page shows one.
 */
export async function guardDemoRoute({ callbackPath, assemblyId }: { callbackPath: string; assemblyId?: string }): Promise<void> {
  if (assemblyId !== undefined && !isUuid(assemblyId)) notFound();
  const access = await resolveDemoOrg();
  if (access.kind === "unauthenticated") redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (access.kind === "no_organization") redirect(noOrganizationHome(access.user));
  if (assemblyId === undefined || access.kind !== "active") return;
  const exists = await withTenant(access.organization.id, (tenant) => checkAssemblyExists(tenant, assemblyId.toLowerCase()));
  if (!exists) notFound();
}
