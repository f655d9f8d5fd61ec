import Link from "next/link";
import type { ReactNode } from "react";
import { SectionTabs } from "@/components/ui/section-tabs";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { OrganizationSummary } from "@/server/tenancy/resolve-demo-org";
import { DemoShell } from "../../dashboard/admin-ph/_components/demo-shell";

export type PublicDemoSection = "overview" | "units" | "assemblies";

/**
 * The frame of every page of the read-only public demo (/demo, /demo/units, /demo/assemblies/…): the
 * "read only" notice, the way to a private demo, and the public demo's own sections — links only, no
 * form or action (every write API needs the session of the visitor's own demo). `shared` frames a prospect's demo
 * opened through a share link (/compartido/…) the same way, with the share link's notice and no sections.
 */
export function PublicDemoFrame(props: {
  locale: Locale;
  organization: OrganizationSummary;
  section: PublicDemoSection;
  /** A prospect's demo opened through a share link: its own notice and no public-demo sections. */
  shared?: boolean;
  children: ReactNode;
}) {
  const t = props.shared ? getTranslator(props.locale, "sharedDemo") : getTranslator(props.locale, "publicDemo");
  const tPages = getTranslator(props.locale, "publicDemoPages");
  const tabs = [
    { key: "overview", href: "/demo", label: tPages("navOverview") },
    { key: "units", href: "/demo/units", label: tPages("navUnits") },
    { key: "assemblies", href: "/demo/assemblies", label: tPages("navAssemblies") },
  ];
  return (
    <DemoShell
      locale={props.locale}
      organization={props.organization}
      section={props.section}
      nav={false}
      banner={
        <div role="status" className="flex flex-wrap items-center justify-center gap-3 bg-sky-100 px-4 py-2 text-sm text-sky-950">
          <span className="rounded bg-sky-900 px-2 py-0.5 text-xs font-bold tracking-wide text-sky-50">{t("badge")}</span>
          <span>{t("notice")}</span>
        </div>
      }
      actions={
        // No prefetch: the landing page has another root layout (a full page load), so it would be wasted.
        <Link href="/" prefetch={false} className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white">
          {t("createOwn")}
        </Link>
      }
    >
      {props.shared ? null : (
        <div className="-mt-6 -mb-2 border-b border-slate-200">
          <SectionTabs label={tPages("navLabel")} tabs={tabs} current={props.section} widthClass="max-w-6xl" />
        </div>
      )}
      {props.children}
    </DemoShell>
  );
}
