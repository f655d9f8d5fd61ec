"use client";

import type { ReactNode } from "react";
import type { FieldValues, Path } from "react-hook-form";
import type { FieldBinding } from "./bound-fields";
import { FieldError } from "./text-field";
import { labelStyles } from "./styles";

/** A radio inside a bordered option that highlights when chosen. */
const cardStyles =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-sm hover:border-slate-400 has-checked:border-brand has-checked:bg-brand-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand";

/**
 * A fieldset of radio options drawn as cards, each with a name and a one-line hint (the radio is
 * named by the first and described by the second), registered in a `useApiForm` form under `name`.
 */
export function ChoiceCards<I extends FieldValues>({
  api,
  name,
  legend,
  choices,
  className,
}: {
  api: FieldBinding<I>;
  name: Path<I>;
  legend: ReactNode;
  choices: readonly { value: string; label: ReactNode; hint: ReactNode }[];
  className?: string;
}) {
  const id = api.idOf(name);
  const error = api.fieldError(name);
  return (
    <fieldset className={className} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className={labelStyles}>{legend}</legend>
      <div className="mt-1.5 grid gap-3 sm:grid-cols-2">
        {choices.map((choice) => (
          <label key={choice.value} className={cardStyles}>
            <input
              type="radio"
              value={choice.value}
              {...api.form.register(name)}
              className="mt-0.5 size-4 accent-[var(--brand)]"
              aria-labelledby={`${id}-${choice.value}`}
              aria-describedby={`${id}-${choice.value}-hint`}
            />
            <span>
              <span id={`${id}-${choice.value}`} className="block font-medium text-slate-900">
                {choice.label}
              </span>
              <span id={`${id}-${choice.value}-hint`} className="block text-xs text-slate-600">
                {choice.hint}
              </span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}
