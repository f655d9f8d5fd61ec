// GET /api/assemblies/[assemblyId]/live — server-sent events of the assembly's live summary (quorum, tallies)
import { liveStream, readLiveSummary } from "@/server/assemblies/live-stream";
import { parseRouteId } from "@/server/http/parse-route-id";
import { withDemoOrg } from "@/server/tenancy/with-demo-org";

export const dynamic = "force-dynamic";
/** Seconds a serverless platform lets the stream run; the stream itself ends well before (LIVE_STREAM_MS). */
export const maxDuration = 60;

export const GET = withDemoOrg<{ assemblyId: string }>(async (request, { transaction, params }) => {
  const assemblyId = parseRouteId(params.assemblyId, "assembly_not_found");
  // A running simulation writes what it has due before each read (readLiveSummary, docs/simulation.md).
  const first = await transaction((tenant) => readLiveSummary(tenant, assemblyId));
  // EventSource asks for text/event-stream and gets the held stream; any other client gets one event.
  const once = !(request.headers.get("accept") ?? "").includes("text/event-stream");
  const body = liveStream(transaction, {
    assemblyId,
    first,
    lastEventId: request.headers.get("last-event-id"),
    signal: request.signal,
    once,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});
