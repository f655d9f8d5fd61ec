"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { sendJson } from "@/components/api/send-json";
import { buttonStyles } from "@/components/ui/button-styles";

/**
 * Hides or shows again the guided checklist (`PATCH /api/onboarding`); the choice is stored per demo,
 * so it holds on every page and every later visit. Refreshes the server-rendered page afterwards.
 */
export function OnboardingToggle({ dismissed }: { dismissed: boolean }) {
  const t = useTranslations("onboarding");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    const response = await sendJson("PATCH", "/api/onboarding", { dismissed: !dismissed });
    setBusy(false);
    if (response && response.status === 200) router.refresh();
  };
  return (
    <button
      type="button"
      className={buttonStyles(dismissed ? "link" : "ghost", "sm")}
      onClick={() => void toggle()}
      disabled={busy}
      data-testid={dismissed ? "onboarding-show" : "onboarding-dismiss"}
    >
      {dismissed ? t("show") : t("dismiss")}
    </button>
  );
}
