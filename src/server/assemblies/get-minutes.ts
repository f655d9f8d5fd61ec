import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { recordEvent } from "@/server/events/record-event";
import { AppError } from "@/server/http/app-error";

/**
 * The stored minutes (acta) of one of the organization's closed assemblies, for download, and a
 * `minutes_downloaded` demo event (`data.format`).
 * @returns the minutes' text and a file name stem ("acta-2026-03-24").
 * @throws 404 `assembly_not_found`; 409 `minutes_not_ready` while the assembly is not closed.
 */
export async function getMinutesForDownload(
  { db, organizationId }: TenantContext,
  { assemblyId, format, actor }: { assemblyId: string; format: "pdf" | "txt"; actor: string },
): Promise<{ minutes: string; title: string; fileStem: string }> {
  const assembly = await db.assembly.findFirst({
    where: { id: assemblyId, organizationId },
    select: { title: true, minutes: true, startedAt: true, scheduledAt: true },
  });
  if (!assembly) throw new AppError("assembly_not_found");
  if (!assembly.minutes) throw new AppError("minutes_not_ready");
  await recordEvent(db, { organizationId, type: "minutes_downloaded", actor, data: { assemblyId, format } });
  const day = (assembly.startedAt ?? assembly.scheduledAt).toISOString().slice(0, 10);
  return { minutes: assembly.minutes, title: assembly.title, fileStem: `acta-${day}` };
}
