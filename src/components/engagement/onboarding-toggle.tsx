"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import { useApiAction } from "@/components/forms/use-api-action";
import { buttonStyles } from "@/components/ui/button-styles";

/**
 * Hides or shows again the guided checklist (`PATCH /api/onboarding`); the choice is stored per demo,
 * so it holds on every page and every later visit. Refreshes the server-rendered page afterwards.
 */
export function OnboardingToggle({ dismissed }: { dismissed: boolean }) {
  const t = useTranslations("onboarding");
  const router = useRouter();
  // A refusal leaves the checklist as it was; nothing to show beside a link-sized button.
  const { run, pending: busy } = useApiAction({ networkError: "", failed: "" });
  const toggle = () => run({ method: "PATCH", url: "/api/onboarding", payload: { dismissed: !dismissed } }, () => router.refresh());
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
