import Link from "next/link";
import { getTranslator, type Locale } from "@/lib/i18n";

/** "Asambleas › <current>", the way back to the list. */
export function AssembliesBreadcrumb({ locale, current }: { locale: Locale; current: string }) {
  const t = getTranslator(locale, "assemblies");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm">
      <ol className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-slate-600">
        <li>
          <Link href="/dashboard/admin-ph/assemblies" className="text-brand rounded-sm font-medium underline-offset-2 hover:underline">
            {t("listTitle")}
          </Link>
        </li>
        <li aria-hidden="true">›</li>
        <li aria-current="page" className="min-w-0 truncate text-slate-700">
          {current}
        </li>
      </ol>
    </nav>
  );
}
