import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { type Column, DataTable } from "@/components/ui/data-table";
import { formatNumber, formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { UnitListQuery } from "@/lib/schemas/units";
import type { UnitList } from "@/server/units/list-units";
import { DuesBadge } from "./dues-badge";
import { UnitsPagination } from "./units-pagination";
import { LinkPendingIndicator, ListLink } from "./units-navigation";
import { UNITS_PATH, unitsHref } from "./units-query";
import { residentRoleKey } from "@/lib/people/colombian-names";

type UnitRow = UnitList["items"][number];

/** The units list's columns; on a phone only unit (with its tower under it), coefficient and dues show. */
function unitColumns(locale: Locale, readOnly: boolean): Column<UnitRow>[] {
  const t = getTranslator(locale, "units");
  const tDashboard = getTranslator(locale, "dashboard");
  return [
    {
      key: "unit",
      header: t("colUnit"),
      rowHeader: true,
      className: "font-semibold whitespace-nowrap text-slate-900",
      cell: (unit) => (
        <>
          {readOnly ? (
            unit.number
          ) : (
            <Link
              href={`${UNITS_PATH}/${unit.id}`}
              className="text-brand inline-flex items-center gap-1.5 rounded-sm underline-offset-4 hover:underline"
            >
              {unit.number}
              <LinkPendingIndicator />
            </Link>
          )}
          <span className="block text-xs font-normal text-slate-500 md:hidden">{unit.tower}</span>
        </>
      ),
    },
    { key: "tower", header: t("colTower"), from: "md", className: "whitespace-nowrap", cell: (unit) => unit.tower },
    { key: "floor", header: t("colFloor"), from: "md", align: "right", className: "tabular-nums", cell: (unit) => unit.floor },
    {
      key: "area",
      header: t("colArea"),
      from: "lg",
      align: "right",
      className: "tabular-nums",
      cell: (unit) => formatNumber(locale, unit.areaM2, 2),
    },
    {
      key: "coefficient",
      header: t("colCoefficient"),
      align: "right",
      className: "tabular-nums",
      cell: (unit) => formatPercent(locale, unit.coefficient, 4),
    },
    { key: "dues", header: t("colDues"), cell: (unit) => <DuesBadge locale={locale} status={unit.duesStatus} /> },
    {
      key: "residents",
      header: t("colResidents"),
      from: "sm",
      cell: (unit) =>
        unit.residents.length === 0 ? (
          <span className="text-slate-500">{t("noResidents")}</span>
        ) : (
          <ul className="space-y-0.5">
            {unit.residents.map((r) => (
              <li key={r.id} className="whitespace-nowrap">
                {r.fullName} <span className="text-xs text-slate-500">· {tDashboard(residentRoleKey(r.type, r.fullName))}</span>
              </li>
            ))}
          </ul>
        ),
    },
  ];
}

/**
 * One page of units: a count, the table, the empty state when nothing matches, and the pagination. On a
 * phone (375 px) the table keeps the columns a unit is looked up for — number (with its tower on
 * multi-tower buildings), coefficient and dues — inside the screen; tower, floor, area and residents
 * appear from wider breakpoints (the unit's page shows all of them).
 */
export function UnitsTable({
  locale,
  list,
  query,
  readOnly = false,
  title,
}: {
  locale: Locale;
  list: UnitList;
  query: UnitListQuery;
  /** The public demo's read-only list: unit numbers are not links and the heading is the page's `<h1>`. */
  readOnly?: boolean;
  title?: string;
}) {
  const t = getTranslator(locale, "units");
  const Heading = readOnly ? "h1" : "h2";
  const filtered = Boolean(query.q || query.tower || query.dues);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const from = (list.page - 1) * list.pageSize + 1;
  const to = from + list.items.length - 1;

  return (
    <section aria-labelledby="units-count" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-200 px-4 py-3">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <Heading id="units-count" className="text-lg font-semibold text-slate-900" data-testid="units-count">
            {title ?? (filtered ? t("countFiltered", { total: list.total }) : t("count", { total: list.total }))}
          </Heading>
          {filtered && list.total > 0 ? (
            <ListLink href={UNITS_PATH} className={buttonStyles("link")}>
              {t("clearFilters")}
            </ListLink>
          ) : null}
        </div>
        {list.items.length > 0 ? (
          <p className="text-sm text-slate-600 tabular-nums">{t("showing", { from, to, total: list.total })}</p>
        ) : null}
      </div>

      {list.items.length === 0 ? (
        <div className="flex flex-col items-center gap-2 px-4 py-16 text-center">
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-10 text-slate-400"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          >
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5M8.5 11h5" strokeLinecap="round" />
          </svg>
          {list.total > 0 ? (
            <>
              <p className="font-semibold text-slate-900">{t("pageOutOfRange", { pages })}</p>
              <ListLink href={unitsHref({ ...query, page: 1 })} className={`${buttonStyles("secondary", "md")} mt-2`}>
                {t("firstPage")}
              </ListLink>
            </>
          ) : (
            <>
              <p className="font-semibold text-slate-900">{t("emptyTitle")}</p>
              <p className="max-w-sm text-sm text-slate-600">{t("emptyBody")}</p>
              {filtered ? (
                <ListLink href={UNITS_PATH} className={`${buttonStyles("secondary", "md")} mt-2`}>
                  {t("clearFilters")}
                </ListLink>
              ) : null}
            </>
          )}
        </div>
      ) : (
        <DataTable
          caption={t("tableCaption", { page: list.page, pages })}
          captionId="units-caption"
          look="list"
          frameClassName="overflow-x-auto focus-visible:outline-offset-[-2px]"
          regionLabelledBy="units-caption"
          tableClassName="md:min-w-[52rem]"
          columns={unitColumns(locale, readOnly)}
          rows={list.items}
          rowKey={(unit) => unit.id}
          rowTestId={readOnly ? "public-unit-row" : "units-row"}
          rowClassName={readOnly ? "align-top" : "align-top hover:bg-slate-50"}
        />
      )}

      {pages > 1 ? <UnitsPagination locale={locale} query={query} page={list.page} pages={pages} /> : null}
    </section>
  );
}
