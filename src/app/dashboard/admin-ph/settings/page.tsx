import type { Metadata } from "next";
import { cookies } from "next/headers";
import { ClientMessages, FORM_NAMESPACES } from "@/components/client-messages";
import { SHARE_LINKS_NAMESPACES } from "@/components/sales/namespaces";
import { ShareLinks } from "@/components/sales/share-links";
import { SettingsForm } from "@/components/settings/settings-form";
import { defaultLocale, getTranslator, isLocale } from "@/lib/i18n";
import { getRequestLocale, LOCALE_COOKIE } from "@/server/i18n/get-request-locale";
import { listShareLinks } from "@/server/sales/share-links";
import { renderDemoPage } from "../_components/render-demo-page";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: `Assembly — ${getTranslator(await getRequestLocale(), "settingsPage")("title")}`,
  };
}

// /dashboard/admin-ph/settings — the organization's name, theme colour and language, and its read-only share links.
export default async function SettingsPage() {
  return renderDemoPage("settings", "/dashboard/admin-ph/settings", async ({ organization, locale, read }) => {
    const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
    const shareLinks = await read(listShareLinks);
    const t = getTranslator(locale, "settingsPage");
    return (
      <ClientMessages locale={locale} namespaces={FORM_NAMESPACES}>
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
        </div>
        <SettingsForm
          settings={{
            name: organization.name,
            themeColor: organization.themeColor.toLowerCase(),
            locale: isLocale(organization.locale) ? organization.locale : defaultLocale,
          }}
          cookieLocale={isLocale(cookieLocale) ? cookieLocale : null}
        />
        <ClientMessages locale={locale} namespaces={SHARE_LINKS_NAMESPACES}>
          <ShareLinks links={shareLinks} expiresAt={organization.demoExpiresAt?.toISOString() ?? null} />
        </ClientMessages>
      </ClientMessages>
    );
  });
}
