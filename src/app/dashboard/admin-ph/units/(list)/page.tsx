import { ClientMessages, FORM_NAMESPACES } from "@/components/client-messages";
import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { listUnits } from "@/server/units/list-units";
import { renderDemoPage } from "../../_components/render-demo-page";
import { UnitsFilters } from "../_components/units-filters";
import { PendingRegion, UnitsNavigation } from "../_components/units-navigation";
import { parseUnitsQuery, UNITS_PATH } from "../_components/units-query";
import { UnitsTable } from "../_components/units-table";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: `Assembly — ${getTranslator(await getRequestLocale(), "units")("title")}`,
  };
}

// /dashboard/admin-ph/units?q&tower&dues&page — the organization's units, searched, filtered and paged (20 a page).
export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseUnitsQuery(await searchParams);
  // The callback path leaves out the search: it ends up in logs, and `q` may hold a resident's name.
  return renderDemoPage("units", UNITS_PATH, async ({ read, locale }) => {
    const list = await read((tenant) => listUnits(tenant, query));
    const t = getTranslator(locale, "units");
    return (
      <ClientMessages locale={locale} namespaces={FORM_NAMESPACES}>
        <UnitsNavigation>
          <div>
            <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
            <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
          </div>
          <UnitsFilters query={query} towers={list.towers} />
          <PendingRegion>
            <UnitsTable locale={locale} list={list} query={query} />
          </PendingRegion>
        </UnitsNavigation>
      </ClientMessages>
    );
  });
}
