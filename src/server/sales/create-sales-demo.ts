import "server-only";
import { defaultLocale, type Locale } from "@/lib/i18n";
import type { CreateSalesDemoInput } from "@/lib/schemas/sales";
import { canonicalEmail } from "@/lib/validation";
import { createSignInLink } from "@/server/auth/create-sign-in-link";
import { provisionDemo } from "@/server/demo/provision-demo";
import { demoLoginUrl } from "@/server/lifecycle/demo-login-url";
import { queueNotificationEmail } from "@/server/lifecycle/queue-notification-email";
import { getScenario } from "@/server/scenarios/registry";
import { salesInvitationEmail } from "./sales-emails";

export type SalesDemoResult =
  | {
      status: "created";
      demo: { organizationId: string; email: string; name: string | null; organizationName: string; scenario: string; demoExpiresAt: Date };
      /** The queued invitation: attempt it after the response (`deliverEmailsAfterResponse`). */
      invitationEmailId: bigint | null;
    }
  | { status: "already_exists"; organizationId: string | null; email: string };

/**
 * Sales creates a demo for a named prospect (docs/sales.md#sales-created-demo) — one demo per person, ever, as for
 * self-service (`provisionDemo`: the canonical email's advisory lock and users.email_key) — a new demo of
 * `scenario` expiring `durationDays` (1–30) from now, with its lead (new: source "sales", profile admin_ph,
 * stage demo_active; an existing lead keeps its values and moves to demo_active), named `organizationName` or the scenario's name, whose
 * creation is audited with the sales person as actor (`demo_events` "created", `audit_log`, outbox
 * `demo.created`), and the invitation email (one fresh sign-in link and code, like the "ready" email;
 * notification kind "ready", so at most one per demo) queued in the SAME transaction. MAX_ACTIVE_DEMOS does
 * not apply (it limits self-service); the warm pool is not used (its demos expire in 15 days).
 * @param input.actor the sales person's email.
 * @returns "created" with the demo and the queued email, or "already_exists" with the person's current
 *   organization (nothing is created or sent).
 * @throws the database error (nothing is kept).
 */
export async function createSalesDemo(input: CreateSalesDemoInput & { actor: string; now?: Date }): Promise<SalesDemoResult> {
  const now = input.now ?? new Date();
  const scenario = getScenario(input.scenario);
  const locale: Locale = input.emailLocale ?? defaultLocale;
  let invitationEmailId: bigint | null = null;
  let demoExpiresAt: Date | null = null;
  const organizationName = input.organizationName ?? scenario.organizationName;
  const result = await provisionDemo({
    email: input.email,
    name: input.name,
    scenario,
    locale,
    now,
    organizationName,
    ttlDays: input.durationDays,
    actor: input.actor,
    pool: false,
    onCreated: async (tx, demo) => {
      demoExpiresAt = demo.demoExpiresAt;
      // A person new to us gets a lead; an existing lead keeps its values (`recordDemoCreated` moved it to demo_active).
      await tx.platformLead.createMany({
        data: [
          {
            email: input.email,
            emailKey: canonicalEmail(input.email),
            name: input.name ?? null,
            leadSource: "sales",
            profile: "admin_ph",
            funnelStage: "demo_active",
            scenario: scenario.name,
            buildingName: input.organizationName ?? null,
            locale,
            organizationId: demo.organizationId,
          },
        ],
        skipDuplicates: true,
      });
      const signIn = await createSignInLink(tx, input.email, { now });
      const rendered = salesInvitationEmail(locale, {
        loginUrl: demoLoginUrl(input.email),
        signInUrl: signIn.url,
        code: signIn.code,
        expiresAt: demo.demoExpiresAt!,
        name: input.name,
        organizationName,
      });
      invitationEmailId = await queueNotificationEmail(tx, {
        organizationId: demo.organizationId,
        kind: "ready",
        now,
        email: {
          kind: "sales_invitation",
          to: input.email,
          ...rendered,
          dedupeKey: `sales_invitation:${demo.organizationId}`,
          sensitive: true,
        },
      });
    },
  });
  if (!result.created) return { status: "already_exists", organizationId: result.organizationId, email: input.email };
  return {
    status: "created",
    demo: {
      organizationId: result.organizationId,
      email: input.email,
      name: input.name ?? null,
      organizationName,
      scenario: scenario.name,
      demoExpiresAt: demoExpiresAt!,
    },
    invitationEmailId,
  };
}
