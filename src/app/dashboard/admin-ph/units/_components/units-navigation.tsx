"use client";

import Link, { useLinkStatus } from "next/link";
import { useRouter } from "next/navigation";
import { type ComponentProps, type MouseEvent, type ReactNode, createContext, useContext, useTransition } from "react";

type Navigation = { pending: boolean; navigate: (href: string, options?: { scroll?: boolean }) => void };

const NavigationContext = createContext<Navigation | null>(null);

function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error("units navigation components must be inside <UnitsNavigation>");
  return navigation;
}

/**
 * Search, filters and pages of the units list navigate inside one transition, so the current table
 * stays on screen (dimmed, `aria-busy`) until the next one is ready, and focus stays where it was.
 * Without JavaScript the same controls are a plain GET form and plain links.
 */
export function UnitsNavigation({ children }: { children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate: Navigation["navigate"] = (href, options) => startTransition(() => router.push(href, options));
  return <NavigationContext value={{ pending, navigate }}>{children}</NavigationContext>;
}

/** The part of the page that is being replaced while a navigation is pending. */
export function PendingRegion({ children, className = "" }: { children: ReactNode; className?: string }) {
  const { pending } = useNavigation();
  return (
    <div aria-busy={pending} className={`${className} transition-opacity duration-150 ${pending ? "opacity-60" : ""}`}>
      {children}
    </div>
  );
}

/** True while a navigation of the units list is pending (for labels such as "Buscando…"). */
export function useUnitsPending() {
  return useNavigation().pending;
}

/** Navigates the units list inside its shared transition. */
export function useUnitsNavigate() {
  return useNavigation().navigate;
}

function isPlainClick(event: MouseEvent) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** A link within the units list (page, "Limpiar filtros") that navigates in the shared transition. */
export function ListLink({ href, onClick, ...props }: Omit<ComponentProps<typeof Link>, "href"> & { href: string }) {
  const { navigate } = useNavigation();
  return (
    <Link
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainClick(event)) return;
        event.preventDefault();
        navigate(href);
      }}
      {...props}
    />
  );
}

/** A small spinner inside a `<Link>` while that link's navigation is pending; its space is always reserved. */
export function LinkPendingIndicator() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden="true"
      className={`inline-block size-3 shrink-0 rounded-full border-2 ${pending ? "border-t-brand animate-spin border-slate-300" : "border-transparent"}`}
    />
  );
}
