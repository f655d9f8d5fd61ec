import { getTranslator, type Locale } from "@/lib/i18n";
import type { UnitListQuery } from "@/lib/schemas/units";
import { ListLink } from "./units-navigation";
import { unitsHref } from "./units-query";

/** Page numbers to show: the first, the last, and the current one with its neighbours; `null` is a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (typeof last === "number" && p - last > 1) out.push(null);
    out.push(p);
  }
  return out;
}

const item = "inline-flex min-w-9 items-center justify-center gap-1 rounded-lg px-3 py-1.5 text-sm font-medium";

/** Previous / numbered / next links that keep the search and filters. */
export function UnitsPagination({ locale, query, page, pages }: { locale: Locale; query: UnitListQuery; page: number; pages: number }) {
  const t = getTranslator(locale, "units");
  const href = (p: number) => unitsHref({ ...query, page: p });
  return (
    <nav
      aria-label={t("paginationLabel")}
      className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3"
    >
      <p className="text-sm text-slate-600 tabular-nums">{t("pageOf", { page: Math.min(page, pages), pages })}</p>
      <ul className="flex items-center gap-1">
        <li>
          {page > 1 ? (
            <ListLink href={href(Math.min(page - 1, pages))} rel="prev" className={`${item} text-slate-700 hover:bg-slate-100`}>
              <span aria-hidden="true">←</span> {t("previous")}
            </ListLink>
          ) : (
            <span aria-disabled="true" className={`${item} text-slate-500`}>
              <span aria-hidden="true">←</span> {t("previous")}
            </span>
          )}
        </li>
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="hidden px-1 text-slate-500 sm:block">
              …
            </li>
          ) : (
            <li key={p} className="hidden sm:block">
              <ListLink
                href={href(p)}
                aria-label={t("pageLink", { page: p })}
                aria-current={p === page ? "page" : undefined}
                className={`${item} tabular-nums ${p === page ? "bg-brand text-brand-foreground" : "text-slate-700 hover:bg-slate-100"}`}
              >
                {p}
              </ListLink>
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <ListLink href={href(page + 1)} rel="next" className={`${item} text-slate-700 hover:bg-slate-100`}>
              {t("next")} <span aria-hidden="true">→</span>
            </ListLink>
          ) : (
            <span aria-disabled="true" className={`${item} text-slate-500`}>
              {t("next")} <span aria-hidden="true">→</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
