import type { AccessUser } from "./resolve-demo-org";

/**
 * Where a signed-in user without an organization goes when they open a PH admin page
 * (docs/rules.md#login-codes rule 10): the sales team's home is the console, `/admin` — a sales person who
 * follows a demo's dashboard link lands there, not on an error; anyone else gets `/login?error=no_organization`.
 */
export function noOrganizationHome(user: Pick<AccessUser, "role">): "/admin" | "/login?error=no_organization" {
  return user.role === "SUPER_ADMIN" ? "/admin" : "/login?error=no_organization";
}
