import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/client-messages";
import { VoterPanel } from "@/components/assemblies/voter/voter-panel";
import { resolveLocale } from "@/lib/i18n";
import { getVoterView } from "@/server/assemblies/voter-session";
import { AppError } from "@/server/http/app-error";

export const metadata: Metadata = { title: "Votación — Voting", robots: { index: false, follow: false } };

// /vote/[token] — the public voter page of one unit at one assembly (no account: the signed link is the
// credential). A link that is invalid, of a closed assembly or of a demo no longer active answers this
// section's 404 page, which says so (the API answers 404 / 410).
export default async function VotePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await getVoterView(token).catch((error: unknown) => {
    if (error instanceof AppError && (error.status === 404 || error.status === 410)) notFound();
    throw error;
  });
  const locale = resolveLocale(view.locale);
  return (
    <ClientMessages locale={locale} namespaces={["voter", "common"]}>
      <main className="mx-auto flex min-h-dvh w-full max-w-md flex-col gap-4 bg-slate-50 px-4 py-6">
        <VoterPanel token={token} initial={view} />
      </main>
    </ClientMessages>
  );
}
