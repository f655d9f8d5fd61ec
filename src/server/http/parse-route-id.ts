import "server-only";
import { AppError } from "./app-error";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A record id from the URL. Anything that is not a UUID answers 404 like an unknown or foreign id
 * (STYLE.md: never reveal whether another tenant's record exists).
 * @throws AppError("not_found", message).
 */
export function parseRouteId(value: string | undefined, message: string): string {
  if (!value || !UUID.test(value)) throw new AppError("not_found", message);
  return value.toLowerCase();
}
