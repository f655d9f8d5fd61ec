import type { ReactNode } from "react";

type Choice<V extends string> = { value: V; label: ReactNode; lang?: string };

/**
 * A fieldset of radio buttons drawn as a segmented control: native radios (arrow keys move between
 * options, one tab stop), the legend as the group's name.
 */
export function ChoiceGroup<V extends string>(props: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  hintId?: string;
  choices: Choice<V>[];
  value: V | "";
  onChange: (value: V) => void;
  error?: string;
  errorId?: string;
  disabled?: boolean;
}) {
  const describedBy =
    [props.hint && props.hintId ? props.hintId : null, props.error && props.errorId ? props.errorId : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <fieldset aria-describedby={describedBy} disabled={props.disabled}>
      <legend className="text-sm font-medium text-slate-800">{props.legend}</legend>
      {props.hint && props.hintId ? (
        <p id={props.hintId} className="mt-0.5 text-xs text-slate-600">
          {props.hint}
        </p>
      ) : null}
      <div className="mt-1.5 inline-flex flex-wrap gap-1 rounded-lg border border-slate-300 bg-slate-50 p-1">
        {props.choices.map((choice) => (
          <label
            key={choice.value}
            lang={choice.lang}
            className="has-focus-visible:outline-brand relative cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 transition-colors hover:bg-white has-checked:bg-white has-checked:text-slate-900 has-checked:shadow-sm has-checked:ring-1 has-checked:ring-slate-300 has-focus-visible:outline-2 has-focus-visible:outline-offset-2"
          >
            <input
              type="radio"
              name={props.name}
              value={choice.value}
              checked={props.value === choice.value}
              onChange={() => props.onChange(choice.value)}
              className="sr-only"
            />
            {choice.label}
          </label>
        ))}
      </div>
      {props.error && props.errorId ? (
        <p id={props.errorId} className="mt-1.5 text-sm text-red-700">
          <span aria-hidden="true">⚠ </span>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}
