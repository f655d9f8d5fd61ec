"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { InlineAlert } from "@/components/forms/form-messages";
import { useApiAction } from "@/components/forms/use-api-action";
import { buttonStyles } from "@/components/ui/button-styles";
import { usePageLocale } from "../use-assembly-message";

/**
 * For a first call closed without quorum: convenes its second call (`POST …/second-call`, Ley 675 de
 * 2001 art. 41) and opens it.
 */
export function SecondCallButton({ assemblyId }: { assemblyId: string }) {
  const t = useTranslations("live");
  const tAssemblies = useTranslations("assemblies");
  const locale = usePageLocale();
  const router = useRouter();
  const action = useApiAction({ networkError: tAssemblies("networkError"), failed: tAssemblies("networkError") });
  const convene = () =>
    action.run({ method: "POST", url: `/api/assemblies/${assemblyId}/second-call`, payload: { locale } }, (response) =>
      router.push(`/dashboard/admin-ph/assemblies/${(response.body as { assembly: { id: string } }).assembly.id}`),
    );
  return (
    <section className="flex flex-col gap-2 rounded-xl border border-amber-200 bg-amber-50 p-4" data-testid="second-call">
      <p className="text-sm text-amber-950">{t("secondCallHint")}</p>
      <button type="button" disabled={action.pending} onClick={() => void convene()} className={`${buttonStyles("primary", "sm")} w-fit`}>
        {t("secondCallButton")}
      </button>
      <InlineAlert>{action.error}</InlineAlert>
    </section>
  );
}
