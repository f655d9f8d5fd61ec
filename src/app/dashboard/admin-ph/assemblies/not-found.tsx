import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { getTranslator } from "@/lib/i18n";
import { getRequestLocale } from "@/server/i18n/get-request-locale";

// 404 of /dashboard/admin-ph/assemblies/…: the same page for a malformed id, an unknown one and another
// organization's, so that nothing tells them apart.
export default async function AssemblyNotFound() {
  const t = getTranslator(await getRequestLocale(), "assemblies");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 bg-slate-50 px-6 text-center">
      <p className="text-sm font-semibold text-slate-600">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">{t("notFound")}</h1>
      <p className="max-w-md text-slate-700">{t("notFoundBody")}</p>
      <Link href="/dashboard/admin-ph/assemblies" className={buttonStyles("primary")}>
        {t("backToList")}
      </Link>
    </main>
  );
}
