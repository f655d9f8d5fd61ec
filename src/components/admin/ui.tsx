import Link from "next/link";
import type { ReactNode } from "react";
import { formatNumber } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { DemoStatus } from "@/lib/schemas/admin";
import {
  type Breakpoint,
  cellClasses,
  type Column,
  type ColumnHead,
  DataTable as UiDataTable,
  TableShell,
} from "@/components/ui/data-table";
import { type FilterField, FilterForm } from "@/components/ui/filter-form";
import { formatDateTime, queryString } from "./format";

export { controlClass, labelClass } from "@/components/ui/filter-form";
export { hideBelow, type ColumnHead } from "@/components/ui/data-table";

const statusStyles: Record<DemoStatus, string> = {
  active: "bg-emerald-100 text-emerald-800",
  expired: "bg-amber-100 text-amber-800",
  terminated: "bg-red-100 text-red-800",
  converted: "bg-sky-100 text-sky-800",
};

/** A demo's status as a coloured pill; "Sin demo" when there is none. */
export function StatusBadge({ locale, status }: { locale: Locale; status: DemoStatus | null }) {
  const t = getTranslator(locale, "admin");
  if (!status) return <span className="text-sm text-slate-500">{t("noDemo")}</span>;
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${statusStyles[status]}`}>
      {demoStatusLabel(locale, status)}
    </span>
  );
}

type AdminKey = Parameters<ReturnType<typeof getTranslator<"admin">>>[0];

const demoStatusKeys: Record<string, AdminKey> = {
  active: "statusActive",
  expired: "statusExpired",
  terminated: "statusTerminated",
  converted: "statusConverted",
  purged: "statusPurged",
  none: "noDemo",
};
const stageKeys: Record<string, AdminKey> = {
  new: "stageNew",
  demo_requested: "stageDemoRequested",
  demo_active: "stageDemoActive",
  converted: "stageConverted",
  lost: "stageLost",
};
const auditActionKeys: Record<string, AdminKey> = {
  created: "actionCreated",
  extended: "actionExtended",
  terminated: "actionTerminated",
  expired: "actionExpired",
  reset: "actionReset",
  reissued: "actionReissued",
  converted: "actionConverted",
  purged: "actionPurged",
};

const sortKeys: Record<string, AdminKey> = {
  created_desc: "sortCreatedDesc",
  created_asc: "sortCreatedAsc",
  updated_desc: "sortUpdatedDesc",
  email_asc: "sortEmailAsc",
  expires_asc: "sortExpiresAsc",
  expires_desc: "sortExpiresDesc",
  activity_desc: "sortActivityDesc",
  logins_desc: "sortLoginsDesc",
};

/** The console's text for `code` from one of the tables above; an unknown code is shown as it is. */
function adminLabel(locale: Locale, keys: Record<string, AdminKey>, code: string): string {
  const key = keys[code];
  return key ? getTranslator(locale, "admin")(key) : code;
}

/** The translated name of a demo status (or filter value). */
export function demoStatusLabel(locale: Locale, status: string): string {
  return adminLabel(locale, demoStatusKeys, status);
}

/** The translated name of a funnel stage. */
export function stageLabel(locale: Locale, stage: string): string {
  return adminLabel(locale, stageKeys, stage);
}

/** The translated name of a list order ("Más recientes primero"). */
export function sortLabel(locale: Locale, sort: string): string {
  if (sort === "score_desc") return getTranslator(locale, "adminEngagement")("sortScoreDesc");
  return adminLabel(locale, sortKeys, sort);
}

/** The translated name of an audit action. */
export function auditActionLabel(locale: Locale, action: string): string {
  if (action === "erased") return getTranslator(locale, "adminLabels")("event_erased");
  return adminLabel(locale, auditActionKeys, action);
}

/**
 * The console's filter form on the list at `path` (a GET form: the filters live in the URL): the given fields,
 * "Aplicar filtros", "Limpiar filtros" back to `path`, then `children` (an export link, the range shown).
 */
export function ConsoleFilters(props: { locale: Locale; path: string; fields: FilterField[]; range?: boolean; children?: ReactNode }) {
  const t = getTranslator(props.locale, "admin");
  return (
    <FilterForm
      action={props.path}
      idPrefix={props.path.slice(1).replaceAll("/", "-")}
      label={props.range ? t("rangeLabel") : t("filtersLabel")}
      search={!props.range}
      fields={props.fields}
      submitLabel={t("applyFilters")}
      clear={{ href: props.path, label: t("clearFilters") }}
    >
      {props.children}
    </FilterForm>
  );
}

/** A card with a title around a block of the console. */
export function Panel({ title, children, actions, testId }: { title: string; children: ReactNode; actions?: ReactNode; testId?: string }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid={testId}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** A label over its value in a panel of facts (`<dl>`). */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="text-sm font-semibold break-words text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** The console's table: `head` are the column titles (with `from`/`className` to hide them on phones), rows are the children. */
export function DataTable({
  caption,
  head,
  children,
  empty,
}: {
  caption: string;
  head: ColumnHead[];
  children: ReactNode;
  empty?: string;
}) {
  return (
    <TableShell caption={caption} head={head} empty={empty}>
      {children}
    </TableShell>
  );
}

/** A console column of a date and time ("12 mar 2026, 3:04 p. m.", Bogotá time), on one line, shown from `from` up. */
export function dateTimeColumn<Row>(
  locale: Locale,
  key: string,
  header: string,
  from: Breakpoint | undefined,
  value: (row: Row) => Date | string | null | undefined,
): Column<Row> {
  return { key, header, from, className: "whitespace-nowrap", cell: (row) => formatDateTime(locale, value(row)) };
}

/** A console column of a count ("1.234"), in tabular figures, shown from `from` up. */
export function countColumn<Row>(
  locale: Locale,
  key: string,
  header: string,
  from: Breakpoint | undefined,
  value: (row: Row) => number,
): Column<Row> {
  return { key, header, from, className: "tabular-nums", cell: (row) => formatNumber(locale, value(row)) };
}

/** A console list page's table: caption, each row's test id, and the path and filters its pages link to. */
export type ConsoleView = { caption: string; rowTestId: string; path: string; params: Record<string, string> };

/** One page of a console list: its table (or "Sin resultados") and the pagination that keeps the filters. */
export function ConsoleList<Row extends { id: string }>(props: {
  locale: Locale;
  list: { rows: Row[]; total: number; page: number; pageSize: number };
  view: ConsoleView;
  columns: Column<Row>[];
}) {
  const { list, view } = props;
  return (
    <>
      <UiDataTable
        caption={view.caption}
        columns={props.columns}
        rows={list.rows}
        rowKey={(row) => row.id}
        rowTestId={view.rowTestId}
        empty={list.rows.length === 0 ? getTranslator(props.locale, "admin")("noResults") : undefined}
      />
      <Pagination
        locale={props.locale}
        basePath={view.path}
        params={view.params}
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
      />
    </>
  );
}

/** Classes of a console table's body cell. */
export const cellClass = cellClasses("console");

/** "Página 2 de 5 · 103 resultados" with previous/next links keeping the other params. */
export function Pagination(props: {
  locale: Locale;
  basePath: string;
  params: Record<string, string>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const t = getTranslator(props.locale, "admin");
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const link = (page: number) => `${props.basePath}${queryString(props.params, { page: page > 1 ? String(page) : undefined })}`;
  const linkClass = "rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";
  return (
    <nav aria-label={t("paginationLabel")} className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
      <p>{t("pageOf", { page: props.page, pages, total: formatNumber(props.locale, props.total), count: props.total })}</p>
      <div className="flex gap-2">
        {props.page > 1 ? (
          <Link href={link(props.page - 1)} className={linkClass} rel="prev">
            {t("previous")}
          </Link>
        ) : null}
        {props.page < pages ? (
          <Link href={link(props.page + 1)} className={linkClass} rel="next">
            {t("next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
