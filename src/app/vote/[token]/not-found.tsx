import { getTranslator } from "@/lib/i18n";
import { getUiLocale } from "@/server/i18n/get-request-locale";

// A voter link that no longer works: its assembly closed, its demo ended, or it was mistyped.
export default async function VoteLinkNotFound() {
  const t = getTranslator(await getUiLocale(), "voter");
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center gap-3 px-4 py-6" data-testid="vote-link-dead">
      <h1 className="text-2xl font-semibold text-slate-900">{t("closedTitle")}</h1>
      <p className="text-base text-slate-700">{t("closedBody")}</p>
      <p className="text-sm text-slate-600">{t("invalidBody")}</p>
    </main>
  );
}
