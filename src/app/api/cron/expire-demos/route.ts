// GET /api/cron/expire-demos — Vercel Cron (hourly): the demo lifecycle run (expire, warn, purge, deliver webhooks, drop stale rate-limit counters)
import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { requireCronAuth } from "@/server/http/require-cron-auth";
import { runLifecycle } from "@/server/lifecycle/run-lifecycle";

export const dynamic = "force-dynamic";
// Emails and webhooks make a run longer than a page request; Vercel's default limit would cut it.
export const maxDuration = 300;

export const GET = apiRoute(async (request) => {
  requireCronAuth(request.headers);
  const result = await runLifecycle(new Date());
  // A failed step answers 500 so the cron's monitoring sees it; the other steps still ran.
  return NextResponse.json(result, { status: result.ok ? 200 : 500 });
});
