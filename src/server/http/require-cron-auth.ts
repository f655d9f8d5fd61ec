import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "@/env";
import { AppError } from "./app-error";

/**
 * Checks `Authorization: Bearer $CRON_SECRET` (what Vercel Cron sends) in constant time.
 * @throws AppError("cron_token_invalid") → 401 `unauthorized` when missing or wrong.
 */
export function requireCronAuth(headers: Headers): void {
  const given = Buffer.from(headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${env.CRON_SECRET}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError("cron_token_invalid");
}
