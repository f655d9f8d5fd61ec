import { getTranslator } from "@/lib/i18n";
import { getUiLocale } from "@/server/i18n/get-request-locale";
import { SignOutButton } from "./sign-out-button";

/**
 * Ends the next-auth session and returns to the login page. Translated on the server, so that pages
 * whose only client code is this button need no message catalogue in the browser.
 */
export async function LogoutButton() {
  const t = getTranslator(await getUiLocale(), "common");
  return <SignOutButton label={t("logout")} />;
}
