"use client";

import { useSyncExternalStore } from "react";
import { useLocale } from "use-intl";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

function noSubscription() {
  return () => {};
}
const REDUCED_MOTION = "(prefers-reduced-motion: reduce)";

/**
 * What every chart needs from the browser: whether it is mounted (charts measure their container, so
 * they draw only in the browser; the server renders the fixed-size frame), whether motion should be
 * reduced (no animation then), and the page's locale for numbers and dates.
 */
export function useChartEnv(): { mounted: boolean; animate: boolean; locale: Locale } {
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const reducedMotion = useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(REDUCED_MOTION);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(REDUCED_MOTION).matches,
    () => true,
  );
  const current = useLocale();
  return { mounted, animate: !reducedMotion, locale: isLocale(current) ? current : defaultLocale };
}
