import { ClientMessages } from "@/components/client-messages";
import type { Metadata } from "next";
import { ASSEMBLY_NAMESPACES } from "@/components/assemblies/namespaces";
import { getTranslator } from "@/lib/i18n";
import { listAssemblies } from "@/server/assemblies/list-assemblies";
import { renderDemoPage } from "../../_components/render-demo-page";
import { AssembliesTable } from "../_components/assemblies-table";
import { NewAssemblyLink } from "../_components/new-assembly-link";

export const metadata: Metadata = { title: "Assembly — Asambleas" };

// /dashboard/admin-ph/assemblies — the organization's assemblies and the way to convene a new one.
export default async function AssembliesPage() {
  return renderDemoPage("assemblies", "/dashboard/admin-ph/assemblies", async ({ read, locale, organization }) => {
    const t = getTranslator(locale, "assemblies");
    const assemblies = await read(listAssemblies);
    return (
      <ClientMessages locale={locale} namespaces={ASSEMBLY_NAMESPACES}>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div className="max-w-2xl">
            <h1 className="text-2xl font-semibold text-slate-900">{t("listTitle")}</h1>
            <p className="mt-1 text-sm text-slate-600">{t("listDescription")}</p>
          </div>
          <NewAssemblyLink locale={locale} credits={organization.assemblyCredits} />
        </div>
        <AssembliesTable locale={locale} assemblies={assemblies} />
      </ClientMessages>
    );
  });
}
