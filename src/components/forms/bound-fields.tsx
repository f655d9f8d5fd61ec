"use client";

import type { ComponentProps, ReactNode } from "react";
import type { FieldValues, Path, RegisterOptions, UseFormRegister } from "react-hook-form";
import { SelectField, TextAreaField, TextField } from "./text-field";

/** The part of `useApiForm`'s answer a field needs: registration, its error text, its element id. */
export type FieldBinding<I extends FieldValues> = {
  form: { register: UseFormRegister<I> };
  fieldError: (name: Path<I>) => string | undefined;
  idOf: (name: string) => string;
};

type Bound<I extends FieldValues> = {
  api: FieldBinding<I>;
  name: Path<I>;
  /** Extra react-hook-form options (e.g. `onChange`, `valueAsNumber`). */
  rules?: RegisterOptions<I, Path<I>>;
};

function bind<I extends FieldValues>({ api, name, rules }: Bound<I>) {
  return { id: api.idOf(name), error: api.fieldError(name), ...api.form.register(name, rules) };
}

type Unbound<P> = Omit<P, "id" | "error" | "name" | "ref" | "value" | "onChange" | "onBlur">;

/** A `TextField` registered in a `useApiForm` form under `name`, showing that field's error. */
export function FormInput<I extends FieldValues>({ api, name, rules, ...props }: Bound<I> & Unbound<ComponentProps<typeof TextField>>) {
  return <TextField {...props} {...bind({ api, name, rules })} />;
}

/** A `TextAreaField` registered in a `useApiForm` form under `name`. */
export function FormTextArea<I extends FieldValues>({
  api,
  name,
  rules,
  ...props
}: Bound<I> & Unbound<ComponentProps<typeof TextAreaField>>) {
  return <TextAreaField {...props} {...bind({ api, name, rules })} />;
}

/** A `SelectField` registered in a `useApiForm` form under `name`; `options` are its choices. */
export function FormSelect<I extends FieldValues>({
  api,
  name,
  rules,
  options,
  ...props
}: Bound<I> & Unbound<ComponentProps<typeof SelectField>> & { options: readonly { value: string; label: ReactNode }[] }) {
  return (
    <SelectField {...props} {...bind({ api, name, rules })}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}

/** A checkbox with its label beside it, registered in a `useApiForm` form under `name`. */
export function FormCheckbox<I extends FieldValues>({ api, name, label, className }: Bound<I> & { label: ReactNode; className?: string }) {
  return (
    <label className={`flex w-fit cursor-pointer items-center gap-2 text-sm font-medium text-slate-800 ${className ?? ""}`}>
      <input type="checkbox" id={api.idOf(name)} {...api.form.register(name)} className="size-4 accent-[var(--brand)]" />
      {label}
    </label>
  );
}
