import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { getTranslator } from "@/lib/i18n";
import { getRequestLocale } from "@/server/i18n/get-request-locale";

// 404 of /compartido/<token>: one page for a revoked link, an expired demo and a token that never existed, so that
// nothing tells them apart (docs/sales.md#share-links).
export default async function SharedDemoGone() {
  const t = getTranslator(await getRequestLocale(), "sharedDemo");
  return (
    <main
      className="flex min-h-screen flex-col items-center justify-center gap-4 bg-slate-50 px-6 text-center"
      data-testid="shared-demo-gone"
    >
      <p className="text-sm font-semibold text-slate-600">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">{t("goneTitle")}</h1>
      <p className="max-w-md text-slate-700">{t("goneBody")}</p>
      <Link href="/" className={buttonStyles("primary")}>
        {t("home")}
      </Link>
    </main>
  );
}
