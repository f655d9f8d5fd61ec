import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { notFound } from "next/navigation";
import { formatDateTime, formatPercent } from "@/lib/format";
import { getTranslator } from "@/lib/i18n";
import { listAssemblies } from "@/server/assemblies/list-assemblies";
import { withTenant } from "@/server/db/tenant";
import { getPublicDemoOrganization } from "@/server/demo/get-public-demo";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { PublicDemoFrame } from "../_components/public-demo-frame";

export const metadata: Metadata = { title: "Assembly — Demo público: asambleas" };

// /demo/assemblies — the public demo's assemblies, newest first, each linking to its page and minutes.
export default async function PublicDemoAssembliesPage() {
  const organization = await getPublicDemoOrganization();
  if (!organization) notFound();
  const locale = await getRequestLocale();
  const t = getTranslator(locale, "publicDemoPages");
  const assemblies = await withTenant(organization.id, (tenant) => listAssemblies(tenant));
  return (
    <PublicDemoFrame locale={locale} organization={organization} section="assemblies">
      <Card
        id="public-assemblies"
        level="h1"
        className="rounded-xl border border-slate-200 bg-white shadow-sm"
        titleClassName="border-b border-slate-200 px-4 py-3 text-lg font-semibold text-slate-900"
        title={t("assembliesTitle")}
      >
        <ul className="divide-y divide-slate-100">
          {assemblies.map((assembly) => (
            <li key={assembly.id} className="px-4 py-3">
              <Link href={`/demo/assemblies/${assembly.id}`} className="text-brand font-medium underline-offset-4 hover:underline">
                {assembly.title}
              </Link>
              <p className="text-sm text-slate-600">
                {formatDateTime(locale, assembly.scheduledAt)}
                {" · "}
                {assembly.status === "closed" ? t("statusClosed") : t("statusOpen")}
                {assembly.quorumPercent ? ` · ${t("quorum", { percent: formatPercent(locale, assembly.quorumPercent, 1) })}` : ""}
              </p>
            </li>
          ))}
        </ul>
      </Card>
    </PublicDemoFrame>
  );
}
