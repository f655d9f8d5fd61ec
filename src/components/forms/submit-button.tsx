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
