import "server-only";
import { prisma } from "@/server/db/client";
import { type OrganizationSummary, organizationSummarySelect } from "@/server/tenancy/resolve-demo-org";
import { QA_DEMO_EMAIL } from "./seed-platform";

/**
 * The organization behind the read-only public demo: the shared QA demo's ("Demo - P.H. Urban Tower",
 * the fallback for visitors without an account, docs/rules.md#tenancy-and-isolation). Platform path: looked up by its fixed user.
 * @returns null when the seed has not run.
 */
export async function getPublicDemoOrganization(): Promise<OrganizationSummary | null> {
  const user = await prisma.user.findUnique({
    where: { email: QA_DEMO_EMAIL },
    select: { organization: { select: organizationSummarySelect } },
  });
  return user?.organization ?? null;
}
