"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "use-intl";

/** Ends the next-auth session and returns to the login page. */
export function LogoutButton() {
  const t = useTranslations("common");
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/login" })}
      className="rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
    >
      {t("logout")}
    </button>
  );
}
