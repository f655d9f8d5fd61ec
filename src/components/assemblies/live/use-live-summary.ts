"use client";

import { useEffect, useState } from "react";
import type { LiveSummary } from "@/server/assemblies/get-live-summary";

/**
 * The assembly's live summary, kept current by `GET /api/assemblies/{id}/live` (server-sent events).
 * The browser's EventSource reconnects by itself when a stream ends (every ~30 s, or on a network
 * drop) and sends `Last-Event-ID`, so nothing is missed nor repeated. Closes the stream once the
 * assembly is closed.
 * @param initial the summary the page rendered with.
 * @returns the latest summary and whether the stream is connected.
 */
export function useLiveSummary(assemblyId: string, initial: LiveSummary): { summary: LiveSummary; connected: boolean } {
  const [summary, setSummary] = useState(initial);
  const [connected, setConnected] = useState(true);
  useEffect(() => {
    if (initial.status === "closed") return;
    const source = new EventSource(`/api/assemblies/${assemblyId}/live`);
    source.addEventListener("summary", (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as LiveSummary;
      setSummary(next);
      setConnected(true);
      if (next.status === "closed") source.close();
    });
    source.addEventListener("open", () => setConnected(true));
    source.addEventListener("error", () => {
      // A stream that ends on purpose also fires "error" before reconnecting; only CLOSED is final.
      if (source.readyState === EventSource.CLOSED) setConnected(false);
    });
    return () => source.close();
  }, [assemblyId, initial.status]);
  return { summary, connected };
}
