import { AppFrame } from "@/components/ui/app-frame";
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
    <AppFrame
      eyebrow={t("consoleTitle")}
      eyebrowClassName="text-brand text-xs font-semibold tracking-wide uppercase"
      title={props.title}
      titleAs="h1"
      actions={
        <>
          <span className="text-sm text-slate-600" data-testid="admin-email">
            {props.adminEmail}
          </span>
          <LogoutButton />
        </>
      }
      nav={{
        label: t("navLabel"),
        tabs: sections.map((s) => ({ key: s.key, href: s.href, label: label(s.label) })),
        current: props.section,
      }}
      width="max-w-7xl"
    >
      {props.children}
    </AppFrame>
  );
}
