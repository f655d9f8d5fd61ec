"use client";

import { useTranslations } from "use-intl";

/**
 * A miniature of the dashboard painted with `color`: what the header, navigation, a primary button and
 * a link will look like once saved. Decorative (its text repeats what the form says), so it is hidden
 * from assistive technology and holds nothing focusable.
 */
export function ThemePreview({ color, name }: { color: string; name: string }) {
  const t = useTranslations("settingsPage");
  const tDashboard = useTranslations("dashboard");
  return (
    <div
      aria-hidden="true"
      style={{ "--brand": color } as React.CSSProperties}
      className="overflow-hidden rounded-lg border border-slate-200 bg-slate-50"
      data-testid="theme-preview"
    >
      <div className="border-b border-slate-200 bg-white px-4 pt-3">
        <p className="text-brand text-[0.65rem] font-semibold tracking-wide uppercase">{tDashboard("title")}</p>
        <p className="truncate text-base font-bold text-slate-900">{name || " "}</p>
        <div className="mt-2 flex gap-3 text-xs">
          <span className="border-brand border-b-2 pb-1.5 font-semibold text-slate-900">{tDashboard("navOverview")}</span>
          <span className="border-b-2 border-transparent pb-1.5 text-slate-600">{t("previewNav")}</span>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3 p-4">
        <span className="bg-brand text-brand-foreground rounded-lg px-3 py-1.5 text-xs font-semibold shadow-sm">{t("previewButton")}</span>
        <span className="text-brand text-xs font-medium underline underline-offset-4">{t("previewLink")}</span>
      </div>
    </div>
  );
}
