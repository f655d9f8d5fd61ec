import type { ReactNode } from "react";

/** A form-level error (server refusal, network failure), announced as soon as it appears. */
export function FormAlert({ children, id }: { children?: ReactNode; id?: string }) {
  return children ? (
    <p id={id} role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
      {children}
    </p>
  ) : null;
}

/**
 * A polite live region for confirmations ("Guardamos los cambios…"). It is always rendered, so screen
 * readers announce text put into it later.
 */
export function FormStatus({ children }: { children?: ReactNode }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className={children ? "rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2.5 text-sm text-emerald-900" : "sr-only"}
    >
      {children}
    </div>
  );
}
