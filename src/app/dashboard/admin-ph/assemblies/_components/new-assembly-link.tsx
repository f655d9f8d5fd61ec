import { IntentLink } from "@/components/ui/intent-link";
import { buttonStyles } from "@/components/ui/button-styles";
import { getTranslator, type Locale } from "@/lib/i18n";

/** "Nueva asamblea" with the credits left beside it (a demo has one). */
export function NewAssemblyLink({ locale, credits }: { locale: Locale; credits: number }) {
  const t = getTranslator(locale, "assemblies");
  return (
    <IntentLink href="/dashboard/admin-ph/assemblies/new" className={buttonStyles("primary")} data-testid="new-assembly-link">
      <span>{t("newAssembly")}</span>
      <span className="bg-brand-strong rounded-full px-2 py-0.5 text-xs font-medium">{t("creditsLeft", { count: credits })}</span>
    </IntentLink>
  );
}
