import Link from "next/link";
import type { FormEvent, ReactNode } from "react";
import { inputStyles, labelStyles } from "@/components/forms/styles";
import { buttonStyles } from "./button-styles";

/** One choice of a `select` filter. */
export type FilterOption = { value: string; label: string };

/** The options of a `select` filter: each code with its translated label. */
export function filterOptions(values: readonly string[], label: (value: string) => string): FilterOption[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/**
 * One filter, described by data: the query parameter it sets (`name`), its visible label, the control, its
 * current value (read from the URL), and for a `select` its options with an optional empty "all" choice first.
 * `hidden` carries a parameter the form keeps without showing it.
 */
export type FilterField = {
  name: string;
  label: string;
  type: "search" | "text" | "date" | "select" | "hidden";
  value: string;
  placeholder?: string;
  options?: FilterOption[];
  allLabel?: string;
  /** Classes of the field's wrapper (grid spans) and of its control (widths). */
  className?: string;
  controlClassName?: string;
  maxLength?: number;
};

/**
 * A `select` filter on `name` offering `codes`, each shown as `labelOf(code)`; the empty "all" choice first when
 * `allLabel` is given (null: one of the codes is always chosen, as for a sort order).
 */
export function selectFilter(
  name: string,
  label: string,
  value: string,
  allLabel: string | null,
  codes: readonly string[],
  labelOf: (code: string) => string,
): FilterField {
  return { name, type: "select", label, value, options: filterOptions(codes, labelOf), allLabel: allLabel ?? undefined };
}

/** A text-like filter (`search`, `text`, `date`) on `name`; `extra` adds a placeholder, widths, a length limit. */
export function inputFilter(
  type: "search" | "text" | "date",
  name: string,
  label: string,
  value: string,
  extra: Partial<FilterField> = {},
): FilterField {
  return { name, type, label, value, ...extra };
}

/** The console's dense controls and the dashboard's roomier ones. */
export type FilterLook = "console" | "dashboard";

/** Tailwind classes of the console's form controls and labels. */
export const controlClass =
  "rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand focus:outline-none";
export const labelClass = "flex flex-col gap-1 text-xs font-medium text-slate-700";

const looks: Record<FilterLook, { form: string; field: string; label: string; control: string }> = {
  console: {
    form: "flex flex-wrap items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm",
    field: labelClass,
    label: "",
    control: controlClass,
  },
  dashboard: {
    form: "grid grid-cols-2 items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm",
    field: "",
    label: labelStyles,
    control: `mt-1.5 ${inputStyles}`,
  },
};

/**
 * One filter form for the sales console and the dashboard: a GET form on the list's own URL (so it works
 * without JavaScript and every filter lives in the address), one labelled control per `FilterField`, the submit
 * button, an optional "clear" link, and `children` after them (an export link, the range shown). Rendered on
 * the server; a client list may pass `onSubmit` and `onChange` to drive the same markup as controlled inputs
 * (docs/decisions/0076-one-filter-form-and-data-table.md).
 */
export function FilterForm(props: {
  action: string;
  label: string;
  /** Prefix of the controls' ids (`<prefix>-<name>`), unique on the page. */
  idPrefix: string;
  fields: FilterField[];
  submitLabel: ReactNode;
  clear?: { href: string; label: string };
  look?: FilterLook;
  /** `role="search"` unless the form only narrows a range (analytics). */
  search?: boolean;
  className?: string;
  submitClassName?: string;
  submitWrapperClassName?: string;
  pending?: boolean;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  onChange?: (name: string, value: string) => void;
  children?: ReactNode;
}) {
  const look = looks[props.look ?? "console"];
  const controlled = props.onChange;
  const bind = (field: FilterField) =>
    controlled
      ? { value: field.value, onChange: (e: { target: { value: string } }) => controlled(field.name, e.target.value) }
      : { defaultValue: field.value };
  const submit = (
    <button
      type="submit"
      aria-disabled={props.pending}
      className={`${buttonStyles("primary", "md")} ${props.submitClassName ?? ""}`.trim()}
    >
      {props.submitLabel}
    </button>
  );
  return (
    <form
      method="get"
      action={props.action}
      role={props.search === false ? undefined : "search"}
      aria-label={props.label}
      onSubmit={props.onSubmit}
      className={`${look.form} ${props.className ?? ""}`.trim()}
    >
      {props.fields.map((field) => {
        const id = `${props.idPrefix}-${field.name}`;
        if (field.type === "hidden") {
          return field.value ? <input key={field.name} type="hidden" name={field.name} value={field.value} /> : null;
        }
        const classes = `${look.control} ${field.controlClassName ?? ""}`.trim();
        const control =
          field.type === "select" ? (
            <select id={id} name={field.name} className={classes} {...bind(field)}>
              {field.allLabel !== undefined ? <option value="">{field.allLabel}</option> : null}
              {(field.options ?? []).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={id}
              name={field.name}
              type={field.type}
              placeholder={field.placeholder}
              maxLength={field.maxLength}
              autoComplete={field.type === "search" ? "off" : undefined}
              enterKeyHint={field.type === "search" ? "search" : undefined}
              className={classes}
              {...bind(field)}
            />
          );
        return (
          <div key={field.name} className={`${look.field} ${field.className ?? ""}`.trim() || undefined}>
            <label htmlFor={id} className={look.label || undefined}>
              {field.label}
            </label>
            {control}
          </div>
        );
      })}
      {props.submitWrapperClassName ? <div className={props.submitWrapperClassName}>{submit}</div> : submit}
      {props.clear ? (
        <Link href={props.clear.href} className={buttonStyles("ghost", "md")}>
          {props.clear.label}
        </Link>
      ) : null}
      {props.children}
    </form>
  );
}
