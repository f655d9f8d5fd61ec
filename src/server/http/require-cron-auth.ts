import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "@/env";
import { AppError } from "./app-error";

/**
 * Checks `Authorization: Bearer $CRON_SECRET` (what Vercel Cron sends) in constant time.
 * @throws AppError("unauthorized") → 401 when missing or wrong.
 */
export function requireCronAuth(headers: Headers, message: string): void {
  const given = Buffer.from(headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${env.CRON_SECRET}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError("unauthorized", message);
}
