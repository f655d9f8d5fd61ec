import { SectionTabs } from "@/components/ui/section-tabs";
import type { ReactNode } from "react";
import { LogoutButton } from "@/app/dashboard/_components/logout-button";
import { getTranslator, type Locale } from "@/lib/i18n";

export type AdminSection = "leads" | "demos" | "contacts" | "analytics" | "audit";

const sections: { key: AdminSection; href: string; label: string }[] = [
  { key: "leads", href: "/admin", label: "navLeads" },
  { key: "demos", href: "/admin/demos", label: "navDemos" },
  // "Hablar con ventas" requests (docs/sales.md#talk-to-sales).
  { key: "contacts", href: "/admin/contact-requests", label: "navContacts" },
  { key: "analytics", href: "/admin/analytics", label: "navAnalytics" },
  { key: "audit", href: "/admin/audit", label: "navAudit" },
];

/** The frame of every sales-console page: title, the signed-in admin, logout and the section navigation. */
export function AdminShell(props: { locale: Locale; section: AdminSection; adminEmail: string; title: string; children: ReactNode }) {
  const t = getTranslator(props.locale, "admin");
  const tSales = getTranslator(props.locale, "salesConsole");
  const label = (key: string) => (key === "navContacts" ? tSales("navContacts") : t(key as "navLeads"));
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <div>
            <p className="text-brand text-xs font-semibold tracking-wide uppercase">{t("consoleTitle")}</p>
            <h1 className="text-2xl font-bold text-slate-900">{props.title}</h1>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-sm text-slate-600" data-testid="admin-email">
              {props.adminEmail}
            </span>
            <LogoutButton />
          </div>
        </div>
        <SectionTabs
          label={t("navLabel")}
          tabs={sections.map((s) => ({ key: s.key, href: s.href, label: label(s.label) }))}
          current={props.section}
          widthClass="max-w-7xl"
        />
      </header>
      <main className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6">{props.children}</main>
    </div>
  );
}
