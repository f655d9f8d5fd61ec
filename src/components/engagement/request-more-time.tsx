import { ClientMessages } from "@/components/client-messages";
import type { Locale } from "@/lib/i18n";
import { getUiLocale } from "@/server/i18n/get-request-locale";
import { RequestMoreTimeForm } from "./request-more-time-form";

/**
 * "Pedir más tiempo" (docs/engagement.md#more-time), for the demo's banner and the "Demo vencido"
 * page: a server component that gives the client form its messages. The request is answered by
 * `POST /api/demo/extension-requests` with the session's demo, expired or not.
 * @param locale the page's language (default: the request's UI language).
 * @param variant "link" (inline, in the banner) or "button" (the expired page).
 */
export async function RequestMoreTime({ locale, variant = "link" }: { locale?: Locale; variant?: "link" | "button" }) {
  return (
    <ClientMessages locale={locale ?? (await getUiLocale())} namespaces={["common", "forms", "moreTime"]}>
      <RequestMoreTimeForm variant={variant} />
    </ClientMessages>
  );
}
