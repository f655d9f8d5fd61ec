import "server-only";
import { canonicalEmail } from "@/lib/validation";
import { prisma } from "@/server/db/client";
import { AppError } from "@/server/http/app-error";
import { enqueueOutboxEvents } from "@/server/lifecycle/enqueue-outbox-events";

/** The address an erased lead keeps: unique per lead, on a reserved domain that can never receive mail. */
export function erasedAddress(leadId: string): string {
  return `erased-${leadId}@erased.invalid`;
}

export type EraseLeadResult = { leadId: string; erasedAt: Date; organizationsDeleted: number };

/**
 * Erases a person's data on their request (docs/rules.md#personal-data-ley-1581-de-2012; Ley 1581 de 2012 art. 8 e,
 * supresión), in ONE transaction that locks the lead:
 * - their demo organizations (the one of their account, the lead's, and earlier ones re-issue left behind,
 *   found through the audit log; never the shared QA demo, which has no expiry) are deleted with everything
 *   in them — the account, units, residents, assemblies… (foreign keys cascade);
 * - the lead stays, anonymized, for the funnel's counts: its address becomes `erased-<id>@erased.invalid`,
 *   name, building, IP, user agent and referrer are cleared, its history deleted, `erased_at` set (the
 *   consent record stays as proof of the authorization that was given);
 * - what else names them is cleared: login codes and queued or sent emails to their addresses are deleted,
 *   their activity events and audit rows name the anonymized address instead, and CRM events already
 *   delivered lose the address and the name;
 * - the erasure is audited (`audit_log` action "erased", actor = the sales person) and a `lead.erased` event
 *   goes to the CRM (with the original address, the one key the CRM can erase by).
 * Every alias of the person counts (canonical address).
 * @param input.confirmEmail the holder's address typed again: the confirmation step.
 * @throws AppError("lead_not_found") 404 for an unknown lead; AppError("validation_failed") 400 with
 *   `fields.confirmEmail = ["confirmation_mismatch"]` when the confirmation differs from the lead's address
 *   (or one of its aliases); AppError("lead_already_erased") 409.
 */
export async function eraseLead(input: {
  leadId: string;
  confirmEmail: string;
  actor: string;
  reason?: string;
  now?: Date;
}): Promise<EraseLeadResult> {
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM platform_leads WHERE id = ${input.leadId}::uuid FOR UPDATE`;
    if (!locked) throw new AppError("lead_not_found");
    const lead = await tx.platformLead.findUniqueOrThrow({
      where: { id: input.leadId },
      select: { id: true, email: true, emailKey: true, organizationId: true, erasedAt: true },
    });
    if (lead.erasedAt) throw new AppError("lead_already_erased");
    if (canonicalEmail(input.confirmEmail) !== lead.emailKey) {
      throw new AppError("validation_failed", { details: { confirmEmail: ["confirmation_mismatch"] } });
    }

    const history = await tx.leadHistory.findMany({ where: { leadId: lead.id, field: "email" }, select: { value: true } });
    const users = await tx.user.findMany({ where: { emailKey: lead.emailKey }, select: { email: true, organizationId: true } });
    const emails = [...new Set([lead.email, lead.emailKey, ...history.map((h) => h.value), ...users.map((u) => u.email)])];
    const audited = await tx.auditLogEntry.findMany({
      where: { leadEmail: { in: emails }, action: "created", organizationId: { not: null } },
      select: { organizationId: true },
    });
    const candidates = [lead.organizationId, ...users.map((u) => u.organizationId), ...audited.map((a) => a.organizationId)].filter(
      (id): id is string => id !== null,
    );
    const placeholder = erasedAddress(lead.id);

    // The demos, with their content and account (cascade); never the QA demo or a template.
    const deleted = await tx.$queryRaw<{ id: string }[]>`
      DELETE FROM organizations
      WHERE id = ANY(${[...new Set(candidates)]}::uuid[]) AND is_demo AND demo_expires_at IS NOT NULL AND template_key IS NULL
      RETURNING id`;
    await tx.user.deleteMany({ where: { emailKey: lead.emailKey, role: "ADMIN_PH" } });
    await tx.oneTimeCode.deleteMany({ where: { email: { in: emails } } });
    await tx.emailOutbox.deleteMany({ where: { toAddress: { in: emails } } });
    await tx.demoEvent.updateMany({ where: { actor: { in: emails } }, data: { actor: placeholder } });
    await tx.auditLogEntry.updateMany({ where: { leadEmail: { in: emails } }, data: { leadEmail: placeholder } });
    await tx.$executeRaw`
      UPDATE outbox_events SET payload = jsonb_set(payload, '{email}', 'null'::jsonb) #- '{data,name}'
      WHERE delivered_at IS NOT NULL AND payload->>'email' = ANY(${emails}::text[])`;
    await tx.leadHistory.deleteMany({ where: { leadId: lead.id } });
    await tx.platformLead.update({
      where: { id: lead.id },
      data: {
        email: placeholder,
        emailKey: placeholder,
        name: null,
        buildingName: null,
        unitCount: null,
        ip: null,
        userAgent: null,
        referrer: null,
        organizationId: null,
        erasedAt: now,
        updatedAt: now,
      },
      select: { id: true },
    });
    const organizationIds = deleted.map((d) => d.id);
    await tx.auditLogEntry.create({
      data: {
        actor: input.actor,
        action: "erased",
        organizationId: null,
        leadEmail: placeholder,
        before: { leadId: lead.id, organizationIds, hadDemo: organizationIds.length > 0 },
        after: { erasedAt: now.toISOString(), reason: input.reason ?? null },
        createdAt: now,
      },
      select: { id: true },
    });
    await enqueueOutboxEvents(tx, [
      {
        type: "lead.erased",
        idempotencyKey: `lead.erased:${lead.id}`,
        occurredAt: now,
        organizationId: null,
        email: lead.email,
        data: { leadId: lead.id, organizationIds, erasedAt: now.toISOString() },
      },
    ]);
    return { leadId: lead.id, erasedAt: now, organizationsDeleted: organizationIds.length };
  });
}
