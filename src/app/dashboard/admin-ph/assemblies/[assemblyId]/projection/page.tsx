import { ClientMessages } from "@/components/client-messages";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectionView } from "@/components/assemblies/live/projection-view";
import { ASSEMBLY_NAMESPACES } from "@/components/assemblies/namespaces";
import { getLiveSummary } from "@/server/assemblies/get-live-summary";
import { AppError } from "@/server/http/app-error";
import { isUuid } from "@/lib/uuid";
import { renderDemoPage } from "../../../_components/render-demo-page";

export const metadata: Metadata = { title: "Assembly projection — Proyección de la asamblea" };

// /dashboard/admin-ph/assemblies/[assemblyId]/projection — the room's read-only projection: live quorum
// and open votes in big type, updated by the live stream. The layout answered 404 for foreign ids.
export default async function ProjectionPage({ params }: { params: Promise<{ assemblyId: string }> }) {
  const { assemblyId } = await params;
  const path = `/dashboard/admin-ph/assemblies/${encodeURIComponent(assemblyId)}/projection`;
  return renderDemoPage("assemblies", path, async ({ read, locale }) => {
    if (!isUuid(assemblyId)) notFound();
    const id = assemblyId.toLowerCase();
    const [summary, title] = await read(async (tenant) => {
      const live = await getLiveSummary(tenant, id);
      const assembly = await tenant.db.assembly.findFirstOrThrow({
        where: { id, organizationId: tenant.organizationId },
        select: { title: true },
      });
      return [live, assembly.title] as const;
    }).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) notFound();
      throw error;
    });
    return (
      <ClientMessages locale={locale} namespaces={ASSEMBLY_NAMESPACES}>
        <ProjectionView assemblyId={id} title={title} initial={summary} />
      </ClientMessages>
    );
  });
}
