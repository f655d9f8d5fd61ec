import "server-only";
import { env } from "@/env";
import type { Locale } from "@/lib/i18n";
import type { ContactRequestInput } from "@/lib/schemas/sales";
import { canonicalEmail } from "@/lib/validation";
import { prisma } from "@/server/db/client";
import { AppError } from "@/server/http/app-error";
import { enqueueOutboxEvents } from "@/server/lifecycle/enqueue-outbox-events";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { enforceRateLimit } from "@/server/rate-limit/enforce-rate-limit";
import { salesContactEmail } from "./sales-emails";

/** The demo and person of a signed-in prospect (their session), when the form is sent from the demo. */
export type ContactRequester = { organizationId: string; organizationName: string; email: string; name: string | null };

export type ContactRequestResult = {
  id: string;
  email: string;
  organizationId: string | null;
  createdAt: Date;
  /** The sales email just queued: attempt it after the response (`deliverEmailsAfterResponse`). */
  emailId: bigint | null;
};

/**
 * "Hablar con ventas" (docs/sales.md#talk-to-sales): stores the request, queues its email to the sales
 * inbox (SALES_EMAIL, durable queue) and enqueues the CRM event `lead.contact_requested` — the three
 * in ONE transaction, so none exists without the others.
 * With a session (`requester`) the contact is the demo's own user and organization (any `email` in the
 * body is ignored: it cannot be used to speak for someone else); the request works on an expired demo
 * too (the "Demo vencido" page offers it). Without one (the chatbot) `email` is required. The request
 * is linked to the person's lead when there is one (by exact or canonical email); a person without a
 * lead gets one (source "talk_to_sales", profile "sales", stage "new"), whose existing values are never
 * overwritten.
 * Rate limits: salesContactPerIp (10 an hour) and salesContactPerEmail (5 a day per canonical email).
 * @returns the stored request's id, the contact email, the organization (null from the chatbot) and
 *   the queued email's id.
 * @throws AppError `validation_failed` (400, `fields.email = ["email_required"]`) without session nor
 *   email; `rate_limited` (429, Retry-After).
 */
export async function createContactRequest(input: {
  body: ContactRequestInput;
  requester: ContactRequester | null;
  ip: string;
  locale: Locale;
  now?: Date;
}): Promise<ContactRequestResult> {
  const { body, requester } = input;
  const email = requester?.email ?? body.email;
  if (!email) throw new AppError("validation_failed", { details: { email: ["email_required"] } });
  await enforceRateLimit("salesContactPerIp", input.ip);
  await enforceRateLimit("salesContactPerEmail", canonicalEmail(email));
  const now = input.now ?? new Date();
  const name = requester?.name ?? body.name ?? null;

  return prisma.$transaction(async (tx) => {
    const findLead = () =>
      tx.platformLead.findFirst({
        where: { emailKey: canonicalEmail(email) },
        orderBy: { createdAt: "asc" },
        select: { id: true, name: true },
      });
    let lead = await findLead();
    if (!lead) {
      await tx.platformLead.createMany({
        data: [
          {
            email,
            emailKey: canonicalEmail(email),
            name,
            leadSource: "talk_to_sales",
            profile: "sales",
            locale: input.locale,
            organizationId: requester?.organizationId,
          },
        ],
        skipDuplicates: true,
      });
      lead = await findLead();
    }
    const request = await tx.salesContactRequest.create({
      data: {
        organizationId: requester?.organizationId ?? null,
        leadId: lead?.id ?? null,
        email,
        name: name ?? lead?.name ?? null,
        phone: body.phone ?? null,
        preferredTime: body.preferredTime ?? null,
        message: body.message,
        source: body.source,
        locale: input.locale,
        createdAt: now,
      },
      select: { id: true, name: true, createdAt: true },
    });
    const consoleUrl = requester
      ? `${env.NEXTAUTH_URL}/admin/demos/${requester.organizationId}`
      : `${env.NEXTAUTH_URL}/admin/contact-requests`;
    const rendered = salesContactEmail({
      email,
      name: request.name,
      phone: body.phone ?? null,
      preferredTime: body.preferredTime ?? null,
      message: body.message,
      source: body.source,
      organizationName: requester?.organizationName ?? null,
      consoleUrl,
    });
    const emailId = await enqueueEmail(tx, {
      kind: "sales_contact",
      to: env.SALES_EMAIL,
      ...rendered,
      dedupeKey: `sales_contact:${request.id}`,
      organizationId: requester?.organizationId ?? null,
      dueAt: now,
    });
    await enqueueOutboxEvents(tx, [
      {
        type: "lead.contact_requested",
        idempotencyKey: `lead.contact_requested:${request.id}`,
        occurredAt: now,
        organizationId: requester?.organizationId ?? null,
        email,
        data: {
          contactRequestId: request.id,
          leadId: lead?.id ?? null,
          name: request.name,
          phone: body.phone ?? null,
          preferredTime: body.preferredTime ?? null,
          message: body.message,
          source: body.source,
          locale: input.locale,
        },
      },
    ]);
    return { id: request.id, email, organizationId: requester?.organizationId ?? null, createdAt: request.createdAt, emailId };
  });
}
