import type { ReactNode } from "react";
import { getTranslator, type Locale } from "@/lib/i18n";

const navLabels = ["navOverview", "navUnits", "navAssemblies", "navSettings"] as const;

/** A grey block that pulses, for skeletons. */
export function Bone({ className }: { className: string }) {
  return <div className={`animate-pulse rounded bg-slate-200 ${className}`} />;
}

/**
 * The dashboard frame (DEMO banner, header, section tabs) with the sizes of `DemoShell`, for loading.tsx
 * files: a page renders its own shell once its data is read, so the skeleton stands in for all of it.
 */
export function ShellSkeleton({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = getTranslator(locale, "dashboard");
  return (
    <div className="min-h-screen bg-slate-50" aria-busy="true">
      <div className="h-9 bg-amber-100" />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <div>
            <p className="text-xs font-semibold tracking-wide text-slate-400 uppercase">{t("title")}</p>
            <Bone className="mt-1 h-8 w-64 max-w-[70vw]" />
          </div>
          <Bone className="h-[2.375rem] w-64 max-w-full" />
        </div>
        <div className="mx-auto max-w-6xl overflow-hidden px-4">
          <ul className="flex gap-1">
            {navLabels.map((label) => (
              <li key={label} className="border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-400">
                {t(label)}
              </li>
            ))}
          </ul>
        </div>
      </header>
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6">
        <p role="status" className="sr-only">
          {getTranslator(locale, "assemblies")("loading")}
        </p>
        {children}
      </main>
    </div>
  );
}
