import "server-only";
import type { AuditLogQuery } from "@/lib/schemas/admin";
import { prisma } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/client";
import type { AuditEntry } from "./get-demo-detail";

export type AuditLogItem = AuditEntry & { organizationName: string | null };
export type AuditLogPage = { rows: AuditLogItem[]; total: number; page: number; pageSize: number };

/**
 * The audit log of every lifecycle action (docs/rules.md#sales-console), newest first: who (`actor`: a
 * sales person's email, "cron" or "system"), what (`action`: created | extended | terminated | expired |
 * reset | reissued | converted | purged), which demo and prospect, and the relevant fields before and
 * after (JSON, dates as ISO strings).
 * @param query page (1-based), pageSize (default 50, max 100), optional organizationId and actor
 *   (exact). Parse search params with `auditLogQuerySchema`.
 */
export async function listAuditLog(query: AuditLogQuery = {}): Promise<AuditLogPage> {
  const page = query.page ?? 1;
  const pageSize = Math.min(query.pageSize ?? 50, 100);
  const where: Prisma.AuditLogEntryWhereInput = {
    ...(query.organizationId ? { organizationId: query.organizationId } : {}),
    ...(query.actor ? { actor: query.actor } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.auditLogEntry.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        actor: true,
        action: true,
        organizationId: true,
        leadEmail: true,
        before: true,
        after: true,
        createdAt: true,
        organization: { select: { name: true } },
      },
    }),
    prisma.auditLogEntry.count({ where }),
  ]);
  return {
    rows: rows.map(({ organization, id, ...entry }) => ({ ...entry, id: id.toString(), organizationName: organization?.name ?? null })),
    total,
    page,
    pageSize,
  };
}
