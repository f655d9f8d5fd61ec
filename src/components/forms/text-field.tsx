import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { inputStyles, labelStyles } from "./styles";

/** What every labelled control takes besides its own attributes. */
type FieldFrame = {
  id: string;
  label: ReactNode;
  /** Help shown under the label, tied to the control with aria-describedby. */
  hint?: ReactNode;
  /** Localized error text; marks the control invalid and describes it. */
  error?: string;
  /** More ids describing the control (a contrast warning, a form-level hint). */
  describedBy?: string;
  /** The label's classes, when the form has its own look (default: `labelStyles`). */
  labelClassName?: string;
  /** Announce the error as soon as it appears (a field the server checked). */
  alertError?: boolean;
};

/** The attributes that tie a control to its label, hint and error (`aria-invalid`, `aria-describedby`). */
export type ControlAria = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

/**
 * A label, an optional hint, the control drawn by `children` (given the ids and aria attributes that
 * tie it to them) and the error under it: the one markup of every form field.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  describedBy,
  labelClassName,
  alertError,
  className,
  children,
}: FieldFrame & { className?: string; children: (aria: ControlAria) => ReactNode }) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : null, error ? errorId : null, describedBy ?? null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName ?? labelStyles}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": described })}
      <FieldError id={errorId} error={error} alert={alertError} />
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "children"> &
  FieldFrame & { ref?: Ref<HTMLInputElement>; /** Classes added to the input's own. */ inputClassName?: string };

/** A labelled input with an optional hint and error, both announced with the field. */
export function TextField({ id, label, hint, error, describedBy, className, inputClassName, ...input }: TextFieldProps) {
  return (
    <FieldFrame {...{ id, label, hint, error, describedBy, className }}>
      {(aria) => <input {...aria} className={`mt-1.5 ${inputStyles} ${inputClassName ?? ""}`} {...input} />}
    </FieldFrame>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "children"> &
  FieldFrame & { ref?: Ref<HTMLTextAreaElement> };

/** A labelled multi-line text box, like `TextField`. */
export function TextAreaField({ id, label, hint, error, describedBy, className, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame {...{ id, label, hint, error, describedBy, className }}>
      {(aria) => <textarea {...aria} className={`mt-1.5 resize-y ${inputStyles}`} {...textarea} />}
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & FieldFrame & { ref?: Ref<HTMLSelectElement> };

/** A labelled `<select>` (its `<option>`s are the children), like `TextField`. */
export function SelectField({ id, label, hint, error, describedBy, className, children, ...select }: SelectFieldProps) {
  return (
    <FieldFrame {...{ id, label, hint, error, describedBy, className }}>
      {(aria) => (
        <select {...aria} className={`mt-1.5 ${inputStyles}`} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/**
 * The error under a field, in red with a warning sign so it does not rely on colour alone. `alert`
 * also announces it as soon as it appears (fields checked by the server, such as the login code).
 */
export function FieldError({ id, error, alert }: { id: string; error?: string; alert?: boolean }) {
  return error ? (
    <p id={id} role={alert ? "alert" : undefined} className="mt-1.5 text-sm text-red-700">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  ) : null;
}
