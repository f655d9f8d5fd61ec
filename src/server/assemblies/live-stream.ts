import "server-only";
import { createHash } from "node:crypto";
import type { TenantContext } from "@/server/db/tenant";
import { log } from "@/server/log";
import { getLiveSummary, type LiveSummary } from "./get-live-summary";
import { materializeDueSimulation } from "./simulation";

/** How long one stream lives before it ends and the browser's EventSource reconnects (ms). */
export const LIVE_STREAM_MS = 30_000;
/** How often the stream re-reads the summary (ms): changes show within about this long. */
export const LIVE_POLL_MS = 1_000;
/** Reconnection delay the stream asks the browser for (`retry:`), in ms. */
export const LIVE_RETRY_MS = 1_000;
/** A comment line at least this often keeps proxies from closing an idle stream (ms). */
const KEEPALIVE_MS = 15_000;

/** The event id of a summary: a short hash of its content, so a reconnecting client that has it gets nothing new. */
export function summaryEventId(summary: LiveSummary): string {
  return createHash("sha256").update(JSON.stringify(summary)).digest("base64url").slice(0, 16);
}

/**
 * The body of `GET /api/assemblies/{id}/live`: server-sent events of the assembly's `LiveSummary`.
 * Serverless-shaped (docs/architecture.md): no in-memory state shared between requests and no worker —
 * the stream re-reads the cheap summary from the database every `LIVE_POLL_MS` in its own short
 * tenant transaction (safe behind PgBouncer in transaction mode, and on any instance), sends an event
 * only when the summary changed (id = content hash), and ends after `LIVE_STREAM_MS` or once the
 * assembly is closed; the browser's EventSource reconnects after `retry:` and sends `Last-Event-ID`,
 * so a client that already has the current summary gets no duplicate.
 * @param read runs one tenant transaction (the route's `ctx.transaction`).
 * @param options.first the summary the route already read (its 404 answered as JSON before streaming).
 * @param options.lastEventId the `Last-Event-ID` header, if any.
 * @param options.signal the request's abort signal: the loop stops when the client goes away.
 * @param options.once send the current summary (or nothing new, per `lastEventId`) and end at once — for
 *   clients that do not ask for `text/event-stream` (a plain GET polls rather than holds a connection).
 */
export function liveStream(
  read: <T>(fn: (tenant: TenantContext) => Promise<T>) => Promise<T>,
  {
    assemblyId,
    first,
    lastEventId,
    signal,
    once = false,
  }: { assemblyId: string; first: LiveSummary; lastEventId: string | null; signal: AbortSignal; once?: boolean },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stopped = false;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      // The client may leave while a read is in flight: after `cancel` the controller takes nothing more.
      const gone = () => stopped || signal.aborted;
      const send = (text: string) => {
        if (!gone()) controller.enqueue(encoder.encode(text));
      };
      const startedAt = Date.now();
      let lastSentAt = startedAt;
      let lastId = lastEventId;
      let summary = first;
      send(`retry: ${LIVE_RETRY_MS}\n\n`);
      try {
        for (;;) {
          const id = summaryEventId(summary);
          if (id !== lastId) {
            send(`id: ${id}\nevent: summary\ndata: ${JSON.stringify(summary)}\n\n`);
            lastId = id;
            lastSentAt = Date.now();
          } else if (Date.now() - lastSentAt >= KEEPALIVE_MS) {
            send(": keepalive\n\n");
            lastSentAt = Date.now();
          }
          if (once || summary.status === "closed" || Date.now() - startedAt >= LIVE_STREAM_MS) break;
          await new Promise((resolve) => setTimeout(resolve, LIVE_POLL_MS));
          if (gone()) return;
          summary = await read((tenant) => readLiveSummary(tenant, assemblyId));
          if (gone()) return;
        }
      } catch (error) {
        // The client reconnects; a database hiccup must not crash the instance.
        if (!gone()) log.warn({ err: error }, "live stream read failed");
      }
      if (!stopped) controller.close();
    },
    cancel() {
      stopped = true;
    },
  });
}

/**
 * The live summary after writing what a running simulation has due (`materializeDueSimulation`,
 * docs/simulation.md): the stream and the route read through it, so a simulated assembly day advances
 * while anyone watches, on any instance.
 */
export async function readLiveSummary(tenant: TenantContext, assemblyId: string, now = new Date()): Promise<LiveSummary> {
  await materializeDueSimulation(tenant.db, tenant.organizationId, assemblyId, now);
  return getLiveSummary(tenant, assemblyId);
}
