import type { Metadata } from "next";
import Link from "next/link";
import { ChatbotOpenButton, ChatbotProvider } from "@/components/chatbot/chatbot-context";
import { ChatbotWidget } from "@/components/chatbot/chatbot-widget";
import { DashboardPreview } from "@/components/landing/dashboard-preview";
import { SiteHeader } from "@/components/site-header";
import { buttonStyles } from "@/components/ui/button-styles";
import { ClientMessages } from "@/components/client-messages";
import { env } from "@/env";
import { getTranslator } from "@/lib/i18n";
import { localeOf, type LocaleParams } from "./locale-param";

/**
 * Open Graph and Twitter card tags, so a shared link to the landing page shows its title, pitch and language
 * (https://ogp.me). `NEXTAUTH_URL` is the public base URL the tags' absolute URLs are built on.
 */
export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await localeOf(props);
  const t = getTranslator(locale, "landing");
  const title = `Assembly — ${t("heroTitle")}`;
  const description = t("heroBody");
  return {
    metadataBase: new URL(env.NEXTAUTH_URL),
    alternates: { canonical: "/", languages: { es: "/es", en: "/en" } },
    openGraph: {
      type: "website",
      siteName: "Assembly",
      title,
      description,
      url: `/${locale}`,
      locale: locale === "es" ? "es_CO" : "en_US",
      alternateLocale: locale === "es" ? ["en_US"] : ["es_CO"],
      images: [{ url: "/icon.svg", alt: "Assembly" }],
    },
    twitter: { card: "summary", title, description },
  };
}

// GET / — the pitch, and the chatbot that turns a visitor into a lead or a demo. Static: built once per
// language; src/proxy.ts rewrites / to /es or /en (docs/performance.md). Links to /login and /demo do not
// prefetch: those pages have other root layouts, so following one is a full page load anyway, and a
// prefetch would fetch their code and data while this page loads.
async function HomePage(props: LocaleParams) {
  const locale = await localeOf(props);
  const t = getTranslator(locale, "landing");
  const tPublic = getTranslator(locale, "publicDemo");
  const features = [t("feature1"), t("feature2"), t("feature3")];

  return (
    <ClientMessages locale={locale} namespaces={["common", "chatbot", "api", "errors", "forms", "talkToSales"]}>
      <ChatbotProvider>
        <div className="from-brand-soft relative isolate min-h-dvh overflow-hidden bg-gradient-to-b via-white to-white">
          {/* A soft brand-coloured glow: a radial gradient, not a blurred circle — a 64 px `filter: blur()` over a
              36 rem disc is the costliest thing to rasterize in the first frame, and the first frame is the LCP. */}
          <div
            aria-hidden="true"
            className="from-brand/10 absolute -top-40 right-[-10rem] -z-10 size-[36rem] bg-radial-[closest-side] from-55% to-transparent"
          />
          <SiteHeader />

          <main className="mx-auto grid w-full max-w-6xl items-center gap-12 px-4 pt-8 pb-28 sm:px-6 sm:pt-16 lg:grid-cols-[1.1fr_1fr] lg:gap-16 lg:pt-20">
            <section aria-labelledby="hero-title">
              <p className="border-brand/20 text-brand-strong inline-flex items-center gap-2 rounded-full border bg-white/70 px-3 py-1 text-xs font-medium">
                <span aria-hidden="true" className="bg-brand size-1.5 rounded-full" />
                {t("eyebrow")}
              </p>
              <h1
                id="hero-title"
                className="mt-5 text-4xl leading-[1.08] font-bold tracking-tight text-balance text-slate-900 sm:text-5xl lg:text-[3.5rem]"
              >
                {t("heroTitle")}
              </h1>
              <p className="mt-5 max-w-xl text-lg leading-relaxed text-pretty text-slate-600">{t("heroBody")}</p>

              <div className="mt-8 flex flex-col gap-3 sm:flex-row">
                <ChatbotOpenButton className={buttonStyles("primary", "lg")}>{t("cta")}</ChatbotOpenButton>
                <Link href="/login" prefetch={false} className={buttonStyles("secondary", "lg")}>
                  {t("login")}
                </Link>
              </div>
              <p className="mt-4 text-sm">
                <Link href="/demo" prefetch={false} className="text-brand-strong hover:text-brand font-medium underline underline-offset-4">
                  {tPublic("link")}
                </Link>
              </p>

              <ul className="mt-10 space-y-3">
                {features.map((feature) => (
                  <li key={feature} className="flex items-start gap-3 text-slate-700">
                    <CheckIcon />
                    {feature}
                  </li>
                ))}
              </ul>
            </section>

            <div className="hidden lg:block">
              <DashboardPreview locale={locale} />
            </div>
          </main>
        </div>
        <ChatbotWidget />
      </ChatbotProvider>
    </ClientMessages>
  );
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="text-brand mt-0.5 size-5 shrink-0">
      <path
        fillRule="evenodd"
        d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.7-9.3a1 1 0 0 0-1.4-1.4L9 10.6 7.7 9.3a1 1 0 0 0-1.4 1.4l2 2a1 1 0 0 0 1.4 0l4-4Z"
        clipRule="evenodd"
      />
    </svg>
  );
}

export default HomePage;
