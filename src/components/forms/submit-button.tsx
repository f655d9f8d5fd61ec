import type { ReactNode } from "react";
import { type ButtonSize, type ButtonVariant, buttonStyles } from "@/components/ui/button-styles";

/**
 * A form's submit button: disabled and relabelled ("Guardando…") while the form is pending.
 * `className` adds to the button style of `variant` and `size`.
 */
export function SubmitButton({
  pending,
  pendingLabel,
  disabled,
  children,
  variant = "primary",
  size = "md",
  className,
}: {
  pending: boolean;
  pendingLabel: ReactNode;
  /** Disabled for another reason (nothing chosen yet), keeping its label. */
  disabled?: boolean;
  children: ReactNode;
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
}) {
  return (
    <button type="submit" disabled={pending || disabled} className={`${buttonStyles(variant, size)} ${className ?? ""}`}>
      {pending ? pendingLabel : children}
    </button>
  );
}

/**
 * A submit button that stays focusable while pending (`aria-disabled`, a busy cursor) so the keyboard
 * does not lose its place; the form ignores the second submit (`ApiFormElement`).
 */
export function PendingSubmit({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button
      type="submit"
      aria-disabled={pending}
      className={`${buttonStyles("primary", "md")} min-w-40 aria-disabled:cursor-progress aria-disabled:opacity-70`}
    >
      {children}
    </button>
  );
}

/**
 * The buttons at the foot of a dialog's form: "Cancelar" (closes it; disabled while sending) and the
 * submit button. `submitClassName` colours a destructive confirmation.
 */
export function DialogButtons({
  pending,
  pendingLabel,
  submitLabel,
  cancelLabel,
  onCancel,
  submitClassName,
}: {
  pending: boolean;
  pendingLabel: ReactNode;
  submitLabel: ReactNode;
  cancelLabel: ReactNode;
  onCancel: () => void;
  submitClassName?: string;
}) {
  return (
    <div className="flex flex-wrap justify-end gap-2">
      <button type="button" className={buttonStyles("ghost", "md")} disabled={pending} onClick={onCancel}>
        {cancelLabel}
      </button>
      <SubmitButton pending={pending} pendingLabel={pendingLabel} className={submitClassName}>
        {submitLabel}
      </SubmitButton>
    </div>
  );
}
