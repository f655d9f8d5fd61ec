import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { env, isProductionDeployment } from "@/env";
import { AppError } from "@/server/http/app-error";
import { type MetricsDb, collectDatabaseGauges } from "./collect-database-gauges";
import { metrics } from "./metrics";

/**
 * One Prometheus scrape of this instance: refreshes the database-backed metrics, then renders the
 * whole registry in the Prometheus text format (see `metrics.ts` for what is per process and what is
 * shared). A database failure does not fail the scrape: the process metrics are still served, with
 * `assembly_metrics_database_up 0`.
 * @param authorization the request's `Authorization` header.
 * @param token the expected bearer token (default `METRICS_TOKEN`). When unset the endpoint is open in
 *   development and tests only; in production it is closed until a token is set (docs/security.md
 *   "Metrics"), since it tells anyone how many demos, leads and conversions there are.
 * @param production whether this is a production deployment (default: `isProductionDeployment`).
 * @returns the body and its content type (`text/plain; version=0.0.4; charset=utf-8`).
 * @throws AppError("metrics_token_invalid") → 401 `unauthorized` when a token is configured and the
 *   header is not `Bearer <token>` (compared in constant time), and always in production without a token.
 */
export async function scrapeMetrics({
  authorization,
  token = env.METRICS_TOKEN,
  production = isProductionDeployment,
  db,
}: {
  authorization: string | null;
  token?: string;
  production?: boolean;
  db?: MetricsDb;
}): Promise<{ contentType: string; body: string }> {
  if (token === undefined ? production : !sameSecret(authorization ?? "", `Bearer ${token}`)) {
    throw new AppError("metrics_token_invalid");
  }
  await collectDatabaseGauges(db);
  return { contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
}

/** Constant-time equality of two strings of any lengths (compares their SHA-256 digests). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
