"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { ActionResult } from "./form-messages";
import { FieldError } from "./text-field";

/** One button of a decision: its label, whether it is the main one, and what it does. */
export type Decision = { key: string; label: string; primary?: boolean; disabled?: boolean; onClick: () => void };

/**
 * The sales console's decisions on a demo or a request: a whole number of days (registered in a
 * `useApiForm` form), the buttons that act on it, and the polite region that says "working…" and then
 * the server's answer. `compact` is the size of a table row.
 */
export function DecisionBar({
  id,
  days,
  decisions,
  busy,
  workingText,
  result,
  resultTestId,
  compact,
}: {
  id: string;
  days: { label: string; max: number; field: UseFormRegisterReturn; error?: string };
  decisions: Decision[];
  busy: boolean;
  workingText: string;
  result: { ok: boolean; text: string } | null | undefined;
  resultTestId: string;
  compact?: boolean;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={`flex flex-col ${compact ? "gap-2" : "gap-4"}`}>
      <div className={`flex flex-wrap items-end ${compact ? "gap-2" : "gap-3"}`}>
        <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
          {days.label}
          <input
            id={id}
            type="number"
            min={1}
            max={days.max}
            step={1}
            aria-invalid={days.error ? true : undefined}
            aria-describedby={days.error ? errorId : undefined}
            {...days.field}
            className={`rounded-lg border border-slate-300 bg-white text-sm text-slate-900 shadow-sm ${compact ? "w-20 px-2 py-1.5" : "w-24 px-3 py-2"}`}
          />
        </label>
        {decisions.map((decision) => (
          <button
            key={decision.key}
            type="button"
            className={buttonStyles(decision.primary ? "primary" : "secondary", compact ? "sm" : "md")}
            disabled={decision.disabled || busy}
            onClick={decision.onClick}
          >
            {decision.label}
          </button>
        ))}
      </div>
      <FieldError id={errorId} error={days.error} />
      <ActionResult busy={busy} workingText={workingText} result={result} testId={resultTestId} compact={compact} />
    </div>
  );
}
