import { AppFrame } from "@/components/ui/app-frame";
import type { ReactNode } from "react";
import { getTranslator, type Locale } from "@/lib/i18n";
import { contrastWithWhite } from "@/components/settings/contrast";
import type { OrganizationSummary } from "@/server/tenancy/resolve-demo-org";

export type DemoSection = "overview" | "units" | "assemblies" | "settings";

const sections: { key: DemoSection; href: string; label: "navOverview" | "navUnits" | "navAssemblies" | "navSettings" }[] = [
  { key: "overview", href: "/dashboard/admin-ph?mode=demo", label: "navOverview" },
  { key: "units", href: "/dashboard/admin-ph/units", label: "navUnits" },
  { key: "assemblies", href: "/dashboard/admin-ph/assemblies", label: "navAssemblies" },
  { key: "settings", href: "/dashboard/admin-ph/settings", label: "navSettings" },
];

/**
 * The organization's theme colour as `--brand`, with a text colour on it that stays readable: white
 * when it reaches WCAG AA (4.5:1) on that colour, else near-black.
 */
function brandStyle(themeColor: string): React.CSSProperties {
  const foreground = contrastWithWhite(themeColor) >= 4.5 ? "#ffffff" : "#0f172a";
  return { "--brand": themeColor, "--brand-foreground": foreground } as React.CSSProperties;
}

/**
 * The frame of every PH admin page: optional banner (DEMO countdown / read-only notice), header with
 * the organization's name and actions, section navigation, and the organization's theme colour as
 * `--brand` for everything inside. `nav={false}` hides the navigation (the public demo has one page).
 */
export function DemoShell(props: {
  locale: Locale;
  organization: OrganizationSummary;
  section: DemoSection;
  banner: ReactNode;
  actions: ReactNode;
  nav?: boolean;
  children: ReactNode;
}) {
  const t = getTranslator(props.locale, "dashboard");
  return (
    <AppFrame
      style={brandStyle(props.organization.themeColor)}
      banner={props.banner}
      eyebrow={t("title")}
      eyebrowClassName="text-xs font-semibold tracking-wide text-[var(--brand)] uppercase"
      title={props.organization.name}
      titleAs="p"
      titleTestId="organization-name"
      actions={props.actions}
      nav={
        props.nav === false
          ? undefined
          : { label: t("navLabel"), tabs: sections.map((s) => ({ key: s.key, href: s.href, label: t(s.label) })), current: props.section }
      }
      width="max-w-6xl"
    >
      {props.children}
    </AppFrame>
  );
}
