import "server-only";
import type { NextRequest } from "next/server";
import { type ApiContext, apiRoute } from "@/server/http/api-route";
import { AppError } from "@/server/http/app-error";
import { type AdminUser, resolveAdmin } from "./resolve-admin";

export type AdminContext<P> = ApiContext<P> & { admin: AdminUser };

/**
 * Route wrapper of the sales console's API (docs/architecture.md#sessions-and-access, beside `withDemoOrg`): resolves the
 * session's user from the database (`resolveAdmin`) and refuses with 401 `unauthorized` (no session) or
 * 403 `forbidden` (not SUPER_ADMIN, or email not in SUPER_ADMIN_EMAILS), then runs the handler with the
 * admin. This is the PLATFORM path: no tenant binding here — the server functions the handlers call
 * bind a transaction to an organization themselves where they touch its product rows (reset, purge).
 */
export function withAdmin<P = Record<string, never>>(handler: (request: NextRequest, ctx: AdminContext<P>) => Promise<Response>) {
  return apiRoute<P>(async (request, ctx) => {
    const access = await resolveAdmin();
    if (access.kind === "unauthenticated") throw new AppError("sales_sign_in_required");
    if (access.kind === "forbidden") throw new AppError("sales_team_only");
    return handler(request, { ...ctx, admin: access.admin });
  });
}
