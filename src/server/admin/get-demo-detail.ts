import "server-only";
import { prisma } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { withTenant } from "@/server/db/tenant";
import { demoEventTypeSql } from "@/server/events/event-type-sql";
import { MAX_EXTENSION_DAYS, latestDemoExpiry } from "@/server/demo/demo-policy";
import { type DemoListItem, selectDemoRows } from "./demo-rows";
import { type LeadDetail, leadDetailSelect } from "./get-lead-detail";
import { isUuid } from "@/lib/uuid";
import { canonicalEmail } from "@/lib/validation";

/** A `demo_events` row of the timeline. `id` is a string (bigint in the database). */
export type DemoTimelineEvent = { id: string; type: string; actor: string | null; data: unknown; createdAt: Date };

/** An `audit_log` row: `before`/`after` are the JSON the action recorded (dates as ISO strings). */
export type AuditEntry = {
  id: string;
  actor: string;
  action: string;
  organizationId: string | null;
  leadEmail: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
};

export type DemoEmail = {
  id: string;
  kind: string;
  /** "pending" | "sent" | "failed" | "superseded" */
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

export type DemoDetail = {
  demo: DemoListItem;
  /** The prospect's account; null once the demo was re-issued (the user moved to the new demo). */
  user: { id: string; email: string; name: string | null; locale: string | null; lastLoginAt: Date | null; createdAt: Date } | null;
  /** The lead behind it (by organization, else by the prospect's address). */
  lead: LeadDetail | null;
  /** What extensions may still add: the latest possible expiry (created + 15 + 30 days) and the cap in days. */
  limits: { latestExpiry: Date | null; maxExtensionDays: number };
  /** Lifecycle emails claimed or sent (kind "ready" | "expiry_warning_3d" | "expiry_warning_1d"). */
  notifications: { kind: string; claimedAt: Date; sentAt: Date | null }[];
  /**
   * The durable email queue's rows for this demo or its prospect's address (login codes have no
   * organization), newest first, at most 50: delivery outcome, attempts and last error.
   */
  emails: DemoEmail[];
  /** Product rows now (0 after a purge). */
  content: { units: number; residents: number; assemblies: number };
  /** Feature uses (demo_events feature_used, by `data.feature`), most used first. */
  featureUsage: { feature: string; count: number }[];
  /** The latest 500 events, newest first. */
  events: DemoTimelineEvent[];
  /** The latest 200 audit entries of this demo, newest first. */
  audit: AuditEntry[];
};

/**
 * Everything the console shows about one demo: its row (as in `listDemos`), user, lead, limits,
 * lifecycle emails, content size, feature usage, event timeline and audit entries. Platform path;
 * the content counts run in a transaction bound to the organization (row-level security).
 * @returns null when no demo organization has that id, or it is not a UUID (the page answers 404).
 */
export async function getDemoDetail(organizationId: string, now: Date = new Date()): Promise<DemoDetail | null> {
  if (!isUuid(organizationId)) return null;
  const [demo] = await selectDemoRows({ now, where: Prisma.sql`o.id = ${organizationId}::uuid`, orderBy: Prisma.sql`o.id`, limit: 1 });
  if (!demo) return null;

  const [user, notifications, features, events, audit, content] = await Promise.all([
    prisma.user.findFirst({
      where: { organizationId, role: "ADMIN_PH" },
      select: { id: true, email: true, name: true, locale: true, lastLoginAt: true, createdAt: true },
    }),
    prisma.demoNotification.findMany({
      where: { organizationId },
      select: { kind: true, claimedAt: true, sentAt: true },
      orderBy: { claimedAt: "asc" },
    }),
    prisma.$queryRaw<{ feature: string; count: number }[]>`
      SELECT coalesce(data->>'feature', 'unknown') AS feature, count(*)::int AS count
      FROM demo_events WHERE organization_id = ${organizationId}::uuid AND type = ${demoEventTypeSql("feature_used")}
      GROUP BY 1 ORDER BY 2 DESC, 1`,
    prisma.demoEvent.findMany({
      where: { organizationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 500,
      select: { id: true, type: true, actor: true, data: true, createdAt: true },
    }),
    prisma.auditLogEntry.findMany({
      where: { organizationId },
      orderBy: { id: "desc" },
      take: 200,
      select: { id: true, actor: true, action: true, organizationId: true, leadEmail: true, before: true, after: true, createdAt: true },
    }),
    withTenant(organizationId, async ({ db }) => {
      const [units, residents, assemblies] = await Promise.all([
        db.unit.count({ where: { organizationId } }),
        db.resident.count({ where: { organizationId } }),
        db.assembly.count({ where: { organizationId } }),
      ]);
      return { units, residents, assemblies };
    }),
  ]);
  const email = user?.email ?? demo.email;
  const lead = await prisma.platformLead.findFirst({
    where: { OR: [{ organizationId }, ...(email ? [{ emailKey: canonicalEmail(email) }] : [])] },
    orderBy: { createdAt: "desc" },
    select: leadDetailSelect,
  });

  const emails = await prisma.emailOutbox.findMany({
    where: { OR: [{ organizationId }, ...(email ? [{ toAddress: email }] : [])] },
    orderBy: { id: "desc" },
    take: 50,
    select: { id: true, kind: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });

  return {
    demo,
    user,
    lead,
    emails: emails.map((e) => ({ ...e, id: e.id.toString() })),
    limits: { latestExpiry: demo.demoExpiresAt ? latestDemoExpiry(demo.createdAt) : null, maxExtensionDays: MAX_EXTENSION_DAYS },
    notifications,
    content,
    featureUsage: features,
    events: events.map((e) => ({ ...e, id: e.id.toString() })),
    audit: audit.map((a) => ({ ...a, id: a.id.toString() })),
  };
}
