import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { inputStyles, labelStyles } from "./styles";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "children"> & {
  id: string;
  label: ReactNode;
  /** Help shown under the label, tied to the input with aria-describedby. */
  hint?: ReactNode;
  /** Localized error text; marks the input invalid and describes it. */
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input with an optional hint and error, both announced with the field. */
export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelStyles}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1.5 ${inputStyles}`}
        {...input}
      />
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** The error under a field, in red with an icon-free prefix so it does not rely on colour alone. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1.5 text-sm text-red-700">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  ) : null;
}
