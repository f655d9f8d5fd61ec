"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * A `next/link` that prefetches its page when the visitor shows the intent to follow it — a pointer
 * over it, a touch, the keyboard's focus — instead of as soon as it is on screen. Next's default
 * fetches every visible link's page (its data and its code) while the current page is still loading,
 * which on a phone competes with that page's own first load (docs/performance.md); a touch comes
 * about 100 ms before the click, so the next page still starts early. Same props as `Link`; `href`
 * must be a string path on this site.
 */
export function IntentLink({ href, onMouseEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof Link> & { href: string }) {
  const router = useRouter();
  /** The link's own handler, after the prefetch. */
  const prefetchThen =
    <E,>(handler?: (event: E) => void) =>
    (event: E) => {
      router.prefetch(href);
      handler?.(event);
    };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={prefetchThen(onMouseEnter)}
      onTouchStart={prefetchThen(onTouchStart)}
      onFocus={prefetchThen(onFocus)}
    />
  );
}
