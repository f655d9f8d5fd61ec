import { NotFoundPage } from "@/components/ui/not-found-page";
import { getTranslator } from "@/lib/i18n";
import { getRequestLocale } from "@/server/i18n/get-request-locale";

// 404 of /compartido/<token>: one page for a revoked link, an expired demo and a token that never existed, so that
// nothing tells them apart (docs/sales.md#share-links).
export default async function SharedDemoGone() {
  const t = getTranslator(await getRequestLocale(), "sharedDemo");
  return <NotFoundPage title={t("goneTitle")} body={t("goneBody")} href="/" linkLabel={t("home")} testId="shared-demo-gone" />;
}
