import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { buttonStyles } from "@/components/ui/button-styles";
import { ClientMessages } from "@/components/client-messages";
import { env } from "@/env";
import { getTranslator } from "@/lib/i18n";
import { PRIVACY_CONTROLLER, PRIVACY_NOTICE_VERSION } from "@/lib/privacy";
import { localeOf, type LocaleParams } from "../locale-param";

// GET /privacidad — the privacy notice (Ley 1581 de 2012 arts. 8 and 12; Decreto 1377 de 2013 arts. 13-15): the
// controller, what is collected and why, the holder's rights and how to exercise them. Static: built once per
// language; src/proxy.ts rewrites /privacidad to /es/privacidad or /en/privacidad (docs/performance.md).

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const t = getTranslator(await localeOf(props), "privacy");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function PrivacyPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const t = getTranslator(locale, "privacy");
  const rights = [t("rightKnow"), t("rightUpdate"), t("rightRectify"), t("rightDelete"), t("rightProof"), t("rightComplain")];
  const section = "mt-8 text-lg font-semibold text-slate-900";
  return (
    <ClientMessages locale={locale} namespaces={["common"]}>
      <SiteHeader />
      <main className="mx-auto w-full max-w-3xl px-4 pt-6 pb-20 leading-relaxed text-slate-700 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight text-balance text-slate-900">{t("title")}</h1>
        <p className="mt-2 text-sm text-slate-500">{t("version", { version: PRIVACY_NOTICE_VERSION })}</p>
        <p className="mt-4">{t("intro")}</p>

        <h2 className={section}>{t("controllerTitle")}</h2>
        <p className="mt-2">{t("controllerBody", PRIVACY_CONTROLLER)}</p>

        <h2 className={section}>{t("dataTitle")}</h2>
        <p className="mt-2">{t("dataBody")}</p>

        <h2 className={section}>{t("purposesTitle")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>{t("purposes1")}</li>
          <li>{t("purposes2")}</li>
          <li>{t("purposes3")}</li>
        </ul>

        <h2 className={section}>{t("rightsTitle")}</h2>
        <p className="mt-2">{t("rightsIntro")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="privacy-rights">
          {rights.map((right) => (
            <li key={right}>{right}</li>
          ))}
        </ul>

        <h2 className={section}>{t("howTitle")}</h2>
        <p className="mt-2">{t("howBody", { email: PRIVACY_CONTROLLER.email })}</p>

        <h2 className={section}>{t("retentionTitle")}</h2>
        <p className="mt-2">{t("retentionBody", { days: env.DEMO_RETENTION_DAYS })}</p>

        <p className="mt-10">
          <Link href="/" className={buttonStyles("secondary")}>
            {t("back")}
          </Link>
        </p>
      </main>
    </ClientMessages>
  );
}
