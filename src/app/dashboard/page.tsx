import { redirect } from "next/navigation";
import { noOrganizationHome } from "@/server/tenancy/no-organization-home";
import { resolveDemoOrg } from "@/server/tenancy/resolve-demo-org";

// /dashboard — sends each user to their home: the sales team to the console, PH admins (demo or not)
// to the admin dashboard.
export default async function DashboardIndex() {
  const access = await resolveDemoOrg();
  if (access.kind === "unauthenticated") redirect("/login");
  if (access.user.role === "SUPER_ADMIN") redirect("/admin");
  if (access.kind === "no_organization") redirect(noOrganizationHome(access.user));
  redirect(access.organization.isDemo ? "/dashboard/admin-ph?mode=demo" : "/dashboard/admin-ph");
}
