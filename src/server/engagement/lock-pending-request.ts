import "server-only";
import type { Prisma } from "@/server/db/client";
import { AppError } from "@/server/http/app-error";

/**
 * Locks a request for more time (`FOR UPDATE`) in the caller's transaction, so two sales people
 * cannot both decide it, and checks that it still waits for a decision.
 * @returns its id, organization and requester.
 * @throws AppError 404 `extension_request_not_found` (unknown id); 409 `extension_request_decided`.
 */
export async function lockPendingRequest(
  tx: Prisma.TransactionClient,
  requestId: string,
): Promise<{ id: string; organizationId: string; requestedBy: string }> {
  const [row] = await tx.$queryRaw<{ id: string; organization_id: string; requested_by: string; status: string }[]>`
    SELECT id::text AS id, organization_id::text AS organization_id, requested_by, status
    FROM extension_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
  if (!row) throw new AppError("extension_request_not_found");
  if (row.status !== "pending") throw new AppError("extension_request_decided");
  return { id: row.id, organizationId: row.organization_id, requestedBy: row.requested_by };
}
