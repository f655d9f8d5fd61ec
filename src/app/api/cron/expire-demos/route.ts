// GET /api/cron/expire-demos — Vercel Cron (hourly): mark expired demos, drop stale rate-limit counters
import { NextResponse } from "next/server";
import { getTranslator } from "@/lib/i18n";
import { expireDemos } from "@/server/demo/expire-demos";
import { apiRoute } from "@/server/http/api-route";
import { requireCronAuth } from "@/server/http/require-cron-auth";
import { purgeExpiredRateLimitCounters } from "@/server/rate-limit/postgres-store";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { locale }) => {
  requireCronAuth(request.headers, getTranslator(locale, "api")("cronUnauthorized"));
  const [result, rateLimitCountersPurged] = await Promise.all([expireDemos(), purgeExpiredRateLimitCounters()]);
  return NextResponse.json({ ok: true, ...result, rateLimitCountersPurged });
});
