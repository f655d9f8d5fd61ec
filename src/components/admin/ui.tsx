import Link from "next/link";
import type { ReactNode } from "react";
import { formatNumber } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { DemoStatus } from "@/lib/schemas/admin";
import { queryString } from "./format";

/** Tailwind classes of the console's form controls. */
export const controlClass =
  "rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand focus:outline-none";
export const labelClass = "flex flex-col gap-1 text-xs font-medium text-slate-700";

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

/** The translated name of a demo status (or filter value). */
export function demoStatusLabel(locale: Locale, status: string): string {
  const t = getTranslator(locale, "admin");
  switch (status) {
    case "active":
      return t("statusActive");
    case "expired":
      return t("statusExpired");
    case "terminated":
      return t("statusTerminated");
    case "converted":
      return t("statusConverted");
    case "purged":
      return t("statusPurged");
    case "none":
      return t("noDemo");
    default:
      return status;
  }
}

/** The translated name of a funnel stage. */
export function stageLabel(locale: Locale, stage: string): string {
  const t = getTranslator(locale, "admin");
  switch (stage) {
    case "new":
      return t("stageNew");
    case "demo_requested":
      return t("stageDemoRequested");
    case "demo_active":
      return t("stageDemoActive");
    case "converted":
      return t("stageConverted");
    case "lost":
      return t("stageLost");
    default:
      return stage;
  }
}

/** The translated name of an audit action. */
export function auditActionLabel(locale: Locale, action: string): string {
  const t = getTranslator(locale, "admin");
  switch (action) {
    case "created":
      return t("actionCreated");
    case "extended":
      return t("actionExtended");
    case "terminated":
      return t("actionTerminated");
    case "expired":
      return t("actionExpired");
    case "reset":
      return t("actionReset");
    case "reissued":
      return t("actionReissued");
    case "converted":
      return t("actionConverted");
    case "purged":
      return t("actionPurged");
    case "erased":
      return getTranslator(locale, "adminLabels")("event_erased");
    default:
      return action;
  }
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

/**
 * Classes that hide a column below a width, so the console's tables fit a phone (375 px) and a laptop (1280 px)
 * without scrolling sideways: give the same class to the column's head (`DataTable` `head`) and its cells.
 */
export const hideBelow = {
  md: "hidden md:table-cell",
  lg: "hidden lg:table-cell",
  xl: "hidden xl:table-cell",
  "2xl": "hidden 2xl:table-cell",
} as const;

/** A column title, optionally with the class that hides it on narrow screens (`hideBelow`). */
export type ColumnHead = string | { label: string; className?: string };

/** A horizontally scrollable table with the console's styling; `head` are the column titles. */
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
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {head.map((h) => {
              const { label, className = "" } = typeof h === "string" ? { label: h } : h;
              return (
                <th
                  key={label}
                  scope="col"
                  className={`px-3 py-2 text-left text-xs font-semibold whitespace-nowrap text-slate-600 ${className}`}
                >
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
      {empty ? <p className="px-4 py-8 text-center text-sm text-slate-600">{empty}</p> : null}
    </div>
  );
}

export const cellClass = "px-3 py-2 align-top text-slate-800";

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
