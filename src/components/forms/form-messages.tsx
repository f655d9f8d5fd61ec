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

/**
 * A short error beside the control that caused it (a button's refused action, a compact form),
 * announced as soon as it appears; `className` places it.
 */
export function InlineAlert({ children, id, className }: { children?: ReactNode; id?: string; className?: string }) {
  return children ? (
    <p id={id} role="alert" className={`text-sm font-medium text-red-700 ${className ?? ""}`}>
      {children}
    </p>
  ) : null;
}

/**
 * The polite live region under a row of actions: "working…" while one runs, then its outcome (the
 * server's words) in green or red. `testId` names the outcome for the tests; `compact` is the small
 * size of table rows.
 */
export function ActionResult({
  busy,
  workingText,
  result,
  testId,
  compact,
}: {
  busy: boolean;
  workingText: string;
  result: { ok: boolean; text: string } | null | undefined;
  testId?: string;
  compact?: boolean;
}) {
  const size = compact ? "rounded px-2 py-1 text-xs" : "rounded-lg px-3 py-2 text-sm";
  return (
    <div aria-live="polite" role="status">
      {busy ? <p className={`${compact ? "text-xs" : "text-sm"} text-slate-600`}>{workingText}</p> : null}
      {result ? (
        <p data-testid={testId} className={`${size} ${result.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-800"}`}>
          {result.text}
        </p>
      ) : null}
    </div>
  );
}

/** A short confirmation beside a compact form ("Apto 101 registrada"), announced politely; hidden when empty. */
export function InlineStatus({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <p role="status" className={`text-sm font-medium text-emerald-800 empty:hidden ${className ?? ""}`}>
      {children}
    </p>
  );
}
