import type { ReactNode } from "react";
import { getTranslator, type Locale } from "@/lib/i18n";

const tones = {
  sky: "bg-sky-100 text-sky-900",
  slate: "bg-slate-100 text-slate-700",
  emerald: "bg-emerald-100 text-emerald-800",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-800",
  violet: "bg-violet-100 text-violet-900",
} as const;

/** A small rounded label; works in server and client components alike. */
export function Badge({ tone, children, testId }: { tone: keyof typeof tones; children: ReactNode; testId?: string }) {
  return (
    <span
      data-testid={testId}
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${tones[tone]}`}
    >
      {children}
    </span>
  );
}

/** "Programada" / "En curso" / "Cerrada". */
export function AssemblyStatusBadge({ locale, status }: { locale: Locale; status: "scheduled" | "in_progress" | "closed" }) {
  const t = getTranslator(locale, "assemblies");
  if (status === "scheduled") return <Badge tone="sky">{t("statusScheduled")}</Badge>;
  if (status === "in_progress") return <Badge tone="emerald">{t("statusInProgress")}</Badge>;
  return <Badge tone="slate">{t("statusClosed")}</Badge>;
}

/** "Ordinaria" / "Extraordinaria". */
export function AssemblyTypeBadge({ locale, type }: { locale: Locale; type: "ordinary" | "extraordinary" }) {
  const t = getTranslator(locale, "assemblies");
  return type === "ordinary" ? <Badge tone="slate">{t("typeOrdinary")}</Badge> : <Badge tone="violet">{t("typeExtraordinary")}</Badge>;
}

/** "Quórum alcanzado" / "Sin quórum". */
export function QuorumBadge({ locale, met }: { locale: Locale; met: boolean }) {
  const t = getTranslator(locale, "assemblies");
  return met ? <Badge tone="emerald">{t("quorumMet")}</Badge> : <Badge tone="amber">{t("quorumNotMet")}</Badge>;
}
