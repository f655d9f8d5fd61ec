// GET /api/metrics — Prometheus scrape of this instance (Bearer METRICS_TOKEN; without one, open only in dev/test)
import { apiRoute } from "@/server/http/api-route";
import { scrapeMetrics } from "@/server/observability/scrape-metrics";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  const { contentType, body } = await scrapeMetrics({ authorization: request.headers.get("authorization") });
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
});
