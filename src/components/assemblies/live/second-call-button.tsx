"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { readApiError, sendJson } from "@/components/api/send-json";
import { buttonStyles } from "@/components/ui/button-styles";
import { usePageLocale } from "../use-assembly-message";

/**
 * For a first call closed without quorum: convenes its second call (`POST …/second-call`, Ley 675 de
 * 2001 art. 41) and opens it.
 */
export function SecondCallButton({ assemblyId }: { assemblyId: string }) {
  const t = useTranslations("live");
  const locale = usePageLocale();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const convene = async () => {
    setPending(true);
    setError(undefined);
    const response = await sendJson("POST", `/api/assemblies/${assemblyId}/second-call`, { locale });
    setPending(false);
    if (!response || response.status >= 300) return setError(readApiError(response?.body).message);
    router.push(`/dashboard/admin-ph/assemblies/${(response.body as { assembly: { id: string } }).assembly.id}`);
  };
  return (
    <section className="flex flex-col gap-2 rounded-xl border border-amber-200 bg-amber-50 p-4" data-testid="second-call">
      <p className="text-sm text-amber-950">{t("secondCallHint")}</p>
      <button type="button" disabled={pending} onClick={() => void convene()} className={`${buttonStyles("primary", "sm")} w-fit`}>
        {t("secondCallButton")}
      </button>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
