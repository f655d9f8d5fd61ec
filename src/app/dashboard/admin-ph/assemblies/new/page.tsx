import { ClientMessages } from "@/components/client-messages";
import type { Metadata } from "next";
import { AssemblyForm } from "@/components/assemblies/assembly-form";
import { bogotaInstant, toBogotaInputValue } from "@/lib/time-zone";
import { NoCreditsPanel } from "@/components/assemblies/no-credits-panel";
import { ASSEMBLY_NAMESPACES } from "@/components/assemblies/namespaces";
import { getTranslator } from "@/lib/i18n";
import { renderDemoPage } from "../../_components/render-demo-page";
import { AssembliesBreadcrumb } from "../_components/breadcrumb";

export const metadata: Metadata = { title: "Assembly — Nueva asamblea" };

const DAY_MS = 24 * 3_600_000;

/** Local (Bogotá) 7:00 p. m., `days` days after `now`: the usual time of a PH assembly. */
function eveningIn(now: Date, days: number): Date {
  const day = toBogotaInputValue(new Date(now.getTime() + days * DAY_MS)).slice(0, 10);
  return bogotaInstant(day, "19:00");
}

// /dashboard/admin-ph/assemblies/new — convene an assembly (spends the credit); without credits, why not and whom to ask.
export default async function NewAssemblyPage() {
  return renderDemoPage("assemblies", "/dashboard/admin-ph/assemblies/new", async ({ locale, organization, now }) => {
    const t = getTranslator(locale, "assemblies");
    const credits = organization.assemblyCredits;
    return (
      <ClientMessages locale={locale} namespaces={ASSEMBLY_NAMESPACES}>
        <AssembliesBreadcrumb locale={locale} current={t("newTitle")} />
        <div className="max-w-3xl">
          <h1 className="text-2xl font-semibold text-slate-900">{t("newTitle")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("newDescription")}</p>
        </div>
        {credits > 0 ? (
          <div className="max-w-3xl">
            <AssemblyForm
              credits={credits}
              defaultScheduledAt={toBogotaInputValue(eveningIn(now, 15))}
              minScheduledAt={toBogotaInputValue(new Date(now.getTime() + 60_000))}
              maxScheduledAt={toBogotaInputValue(new Date(now.getTime() + 364 * DAY_MS))}
            />
          </div>
        ) : (
          <div className="max-w-3xl">
            <NoCreditsPanel locale={locale} />
          </div>
        )}
      </ClientMessages>
    );
  });
}
