// GET /api/health — is this instance fit to serve: database answers, migrations current (no auth)
import { NextResponse } from "next/server";
import { apiRoute } from "@/server/http/api-route";
import { checkHealth } from "@/server/observability/check-health";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => {
  const { healthy, report } = await checkHealth();
  return NextResponse.json(report, { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
