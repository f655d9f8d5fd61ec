import type { ReactNode } from "react";

/** A Tailwind breakpoint from which a column shows (below it the column is `display: none`). */
export type Breakpoint = "sm" | "md" | "lg" | "xl" | "2xl";

/**
 * Classes that hide a column below a width, so a table fits a phone (375 px) and a laptop (1280 px) without
 * scrolling sideways: the same class goes on the column's head and its cells (`DataTable` does it for
 * columns described with `from`).
 */
export const hideBelow: Record<Breakpoint, string> = {
  sm: "hidden sm:table-cell",
  md: "hidden md:table-cell",
  lg: "hidden lg:table-cell",
  xl: "hidden xl:table-cell",
  "2xl": "hidden 2xl:table-cell",
};

/** The looks a table takes: the sales console's dense one, the dashboard's list, a compact sidebar list. */
export type TableLook = "console" | "list" | "compact";

const looks: Record<TableLook, { table: string; thead: string; th: string; td: string }> = {
  console: {
    table: "min-w-full divide-y divide-slate-200 text-sm",
    thead: "bg-slate-50",
    th: "px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-600",
    td: "px-3 py-2 align-top text-slate-800",
  },
  list: {
    table: "w-full text-left text-sm",
    thead: "bg-slate-50 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-600 uppercase",
    th: "px-4 py-2.5",
    td: "px-4 py-3 text-slate-700",
  },
  compact: {
    table: "w-full text-left text-sm",
    thead: "sticky top-0 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase",
    th: "px-3 py-2 font-medium",
    td: "px-3 py-2 align-top",
  },
};

/** The classes of a body cell of `look` (for rows written by hand inside `TableShell`). */
export function cellClasses(look: TableLook, extra = ""): string {
  return `${looks[look].td} ${extra}`.trim();
}

/** A column head: its text and, optionally, the width from which it shows and extra classes. */
export type ColumnHead = string | { label: ReactNode; key?: string; from?: Breakpoint; className?: string };

/**
 * One column, described by data: its head, how a row fills its cell, from which width it shows (`from`;
 * without it the column always shows, phone included), right alignment for figures, extra cell classes,
 * and whether its cell names the row (`rowHeader`: `<th scope="row">`, for screen readers).
 */
export type Column<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  from?: Breakpoint;
  align?: "right";
  className?: string;
  headClassName?: string;
  rowHeader?: boolean;
};

/** Props of the frame around a table: the scroll container, optionally a focusable labelled region. */
export type TableFrameProps = {
  /** Accessible name of the table (visually hidden unless `captionClassName` says otherwise). */
  caption: ReactNode;
  captionId?: string;
  captionClassName?: string;
  look?: TableLook;
  testId?: string;
  /** Classes of the `<table>` beyond the look's. */
  tableClassName?: string;
  /** Classes of the wrapper `<div>`; `null` renders the table without one. */
  frameClassName?: string | null;
  /** When the wrapper scrolls, make it a keyboard-focusable region named by this label (WCAG 2.1.1). */
  regionLabel?: string;
  regionLabelledBy?: string;
  /** Text shown under the table when there are no rows. */
  empty?: ReactNode;
  /** Rows of a `<tfoot>` (totals). */
  foot?: ReactNode;
};

const consoleFrame = "overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm";

/**
 * A table with a caption, a head row of `<th scope="col">` and the rows given as children — the shared markup
 * under `DataTable` and the console's hand-written tables.
 */
export function TableShell(props: TableFrameProps & { head: ColumnHead[]; children: ReactNode }) {
  const look = looks[props.look ?? "console"];
  const table = (
    <table className={`${look.table} ${props.tableClassName ?? ""}`.trim()} data-testid={props.testId}>
      <caption id={props.captionId} className={props.captionClassName ?? "sr-only"}>
        {props.caption}
      </caption>
      <thead className={look.thead}>
        <tr>
          {props.head.map((h, i) => {
            const { label, key, from, className } = typeof h === "string" ? { label: h, key: h } : h;
            const classes = [look.th, from ? hideBelow[from] : "", className ?? ""].filter(Boolean).join(" ");
            return (
              <th key={key ?? (typeof label === "string" ? label : i)} scope="col" className={classes}>
                {label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">{props.children}</tbody>
      {props.foot ? <tfoot className="sticky bottom-0 bg-slate-50 font-semibold text-slate-900">{props.foot}</tfoot> : null}
    </table>
  );
  const frameClassName = props.frameClassName === undefined ? consoleFrame : props.frameClassName;
  const empty = props.empty ? <p className="px-4 py-8 text-center text-sm text-slate-600">{props.empty}</p> : null;
  if (frameClassName === null)
    return (
      <>
        {table}
        {empty}
      </>
    );
  const region = props.regionLabel || props.regionLabelledBy;
  return (
    <div
      className={frameClassName}
      role={region ? "region" : undefined}
      aria-label={props.regionLabel}
      aria-labelledby={props.regionLabelledBy}
      tabIndex={region ? 0 : undefined}
    >
      {table}
      {empty}
    </div>
  );
}

/**
 * One data table for the console, the dashboard and the public pages: columns described by data
 * (`Column`), one row per item, an accessible caption, `<th scope>` heads and row headers, and columns that
 * show only from a width so the table fits a phone (docs/decisions/0076-one-filter-form-and-data-table.md).
 */
export function DataTable<Row>(
  props: TableFrameProps & {
    columns: Column<Row>[];
    rows: readonly Row[];
    rowKey: (row: Row) => string;
    rowTestId?: string;
    rowClassName?: string;
  },
) {
  const { columns, rows, rowKey, rowTestId, rowClassName, ...frame } = props;
  const look = props.look ?? "console";
  const head: ColumnHead[] = columns.map((c) => ({
    label: c.header,
    key: c.key,
    from: c.from,
    className: [c.align === "right" ? "text-right" : "", c.headClassName ?? ""].join(" ").trim(),
  }));
  return (
    <TableShell {...frame} head={head}>
      {rows.map((row) => (
        <tr key={rowKey(row)} data-testid={rowTestId} className={rowClassName}>
          {columns.map((c) => {
            const Cell = c.rowHeader ? "th" : "td";
            const classes = [looks[look].td, c.from ? hideBelow[c.from] : "", c.align === "right" ? "text-right" : "", c.className ?? ""]
              .filter(Boolean)
              .join(" ");
            return (
              <Cell key={c.key} scope={c.rowHeader ? "row" : undefined} className={classes}>
                {c.cell(row)}
              </Cell>
            );
          })}
        </tr>
      ))}
    </TableShell>
  );
}
