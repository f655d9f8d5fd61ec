import "server-only";
import { AppError, type AppErrorCode } from "./app-error";
import { isUuid } from "@/lib/uuid";

/**
 * A record id from the URL. Anything that is not a UUID answers 404 like an unknown or foreign id
 * (docs/rules.md#tenancy-and-isolation: never reveal whether another tenant's record exists).
 * @param notFound the code a malformed id answers with — the same as an unknown id of that kind
 *   (e.g. `resident_not_found`), so both read alike.
 * @throws AppError(notFound) → 404.
 */
export function parseRouteId(value: string | undefined, notFound: AppErrorCode = "not_found"): string {
  if (!isUuid(value)) throw new AppError(notFound);
  return value.toLowerCase();
}
