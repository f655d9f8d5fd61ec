"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { sendJson } from "@/components/api/send-json";
import type { DemoSection } from "@/app/dashboard/admin-ph/_components/demo-shell";

/**
 * Counts a page view when the person opens a page of their demo — a first load or a navigation to
 * another path — and not when an action re-renders the page it is on (`router.refresh()` after a vote
 * or an attendance keeps the path), nor for router prefetches (docs/rules.md#observability). It posts the
 * section to `POST /api/page-views` once per path, with `keepalive` so that leaving at once still counts;
 * a failure is ignored (tracking never disturbs the page).
 */
export function PageViewBeacon({ section }: { section: DemoSection }) {
  const pathname = usePathname();
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (sent.current === pathname) return;
    sent.current = pathname;
    // A failure resolves null and is ignored.
    void sendJson("POST", "/api/page-views", { section }, { keepalive: true });
  }, [pathname, section]);
  return null;
}
