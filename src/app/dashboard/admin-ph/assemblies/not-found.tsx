import { NotFoundPage } from "@/components/ui/not-found-page";
import { getTranslator } from "@/lib/i18n";
import { getRequestLocale } from "@/server/i18n/get-request-locale";

// 404 of /dashboard/admin-ph/assemblies/…: the same page for a malformed id, an unknown one and another
// organization's, so that nothing tells them apart.
export default async function AssemblyNotFound() {
  const t = getTranslator(await getRequestLocale(), "assemblies");
  return <NotFoundPage title={t("notFound")} body={t("notFoundBody")} href="/dashboard/admin-ph/assemblies" linkLabel={t("backToList")} />;
}
