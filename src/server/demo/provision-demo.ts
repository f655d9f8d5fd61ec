import "server-only";
import { env } from "@/env";
import type { Locale } from "@/lib/i18n";
import { canonicalEmail } from "@/lib/validation";
import { type Prisma, prisma } from "@/server/db/client";
import { queueReadyEmail } from "@/server/lifecycle/queue-ready-email";
import type { ClaimedEmail } from "@/server/mail/deliver-emails";
import type { Scenario } from "@/server/scenarios/types";
import { localizeScenario } from "@/server/scenarios/registry";
import { ensureScenarioTemplate } from "@/server/scenarios/scenario-template";
import { recordDemoProvisioning } from "@/server/observability/record-demo-provisioning";
import { claimActiveDemoSlot } from "./claim-active-demo-slot";
import { claimPooledDemo } from "./demo-pool";
import { insertDemoOrganization, recordDemoCreated } from "./create-demo-organization";
import { provisionInOneStatement } from "./provision-in-one-statement";

export type ProvisionResult =
  | {
      created: true;
      organizationId: string;
      userId: string;
      rows: Record<string, number>;
      /** The queued "ready" email's id when `readyEmail` was asked for (null when it was already queued). */
      readyEmailId?: bigint | null;
      /** Taken from the warm pool (its content was already there). */
      pooled?: boolean;
      /**
       * The "ready" email when the one-statement path queued it: leased to this caller for
       * EMAIL_LEASE_MS, to be attempted with `deliverLeasedEmail` (instead of `readyEmailId`'s claim).
       */
      leasedEmail?: ClaimedEmail | null;
    }
  | { created: false; capped: false; organizationId: string | null }
  | { created: false; capped: true; organizationId: null };

/**
 * Creates one private demo for `email` — organization (`is_demo`, expires in 15 days), its single
 * ADMIN_PH user and the scenario's content — in ONE transaction (docs/rules.md#demo-request): any
 * failure rolls all of it back, leaving no partial organization. One demo per email, ever — per
 * canonical email, so "+tag" aliases do not escape the rule: a transaction-scoped advisory lock on that
 * key serializes concurrent requests, so 20 parallel calls create exactly one organization; the unique
 * index on users.email_key is the backstop.
 * The content is a copy of the scenario's template organization made inside PostgreSQL
 * (`cloneScenarioTemplate`, docs/scale.md), written under the row-level security of the new
 * organization. The transaction is five statements after BEGIN: the lock, the existing-user check,
 * organization + user (+ binding the transaction to the organization), the copy together with the
 * "created" `demo_events`, `audit_log` and `demo.created` outbox rows and the lead's move to
 * `demo_active`, and COMMIT.
 * With the warm pool on (DEMO_POOL_SIZE > 0) a ready organization of the scenario is claimed instead
 * (`claimPooledDemo`: its content is already there, so the copy is skipped); an empty pool falls back
 * to the copy.
 * With `maxActiveDemos` set (MAX_ACTIVE_DEMOS), a new demo is only created below that many active
 * demos (`claimActiveDemoSlot`). `onCreated` (the caller's own writes that must commit with the demo)
 * runs last in the same transaction. With `readyEmail`, the "your demo is ready" email (a fresh sign-in
 * link and code, `queueReadyEmail`) is queued with the demo too.
 * Without a cap and without `onCreated` — every self-service request — all of it is ONE statement
 * (`provisionInOneStatement`): no lock, no interactive transaction, one round trip.
 * @param input.organizationName overrides the scenario's organization name (e.g. the prospect's
 *   building); the seeded minutes name it too (the copy swaps the scenario's name for it).
 * @returns created: true with the new ids and row counts; created: false with the existing user's
 *   organization when the email already has an account, or with `capped: true` at the cap.
 * @throws the database error that aborted the transaction (nothing is kept).
 */
export async function provisionDemo(input: {
  email: string;
  name?: string;
  scenario: Scenario;
  locale?: string;
  now?: Date;
  organizationName?: string;
  expires?: boolean;
  /** Days until it expires (default DEMO_TTL_DAYS); a sales-created demo chooses 1–30 (docs/sales.md). */
  ttlDays?: number;
  /** Who creates it, for the audit row: "system" (default) or a sales person's email. */
  actor?: string;
  maxActiveDemos?: number;
  /** Take a ready demo from the warm pool when there is one (default: when DEMO_POOL_SIZE > 0). */
  pool?: boolean;
  onCreated?: (tx: Prisma.TransactionClient, demo: { organizationId: string; userId: string; demoExpiresAt: Date | null }) => Promise<void>;
  /** Queue the "ready" email with the demo (in `locale`, default the scenario's). */
  readyEmail?: boolean;
}): Promise<ProvisionResult> {
  const now = input.now ?? new Date();
  const emailKey = canonicalEmail(input.email);
  // The content speaks the demo's language: an English demo is a copy of the English template.
  const scenario = localizeScenario(input.scenario, input.locale ?? input.scenario.locale);
  const usePool = input.pool ?? env.DEMO_POOL_SIZE > 0;
  if (input.maxActiveDemos === undefined && !input.onCreated) {
    const timing = recordDemoProvisioning<ProvisionResult>(scenario.name);
    return timing(await provisionInOneStatement({ ...input, scenario, now, emailKey, usePool }));
  }
  const template = await ensureScenarioTemplate(scenario, { now });
  return prisma
    .$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${emailKey}, 0))`;
        const existing = await tx.user.findFirst({
          where: { OR: [{ emailKey }, { email: input.email }] },
          select: { organizationId: true },
        });
        if (existing) return { created: false as const, capped: false as const, organizationId: existing.organizationId };
        if (
          input.maxActiveDemos !== undefined &&
          !(await claimActiveDemoSlot(tx, { max: input.maxActiveDemos, email: input.email, now }))
        ) {
          return { created: false as const, capped: true as const, organizationId: null };
        }

        const organization = {
          scenario: scenario,
          now,
          locale: input.locale,
          name: input.organizationName,
          expires: input.expires,
          ttlDays: input.ttlDays,
          user: { email: input.email, emailKey, name: input.name },
        };
        const pooled = usePool ? await claimPooledDemo(tx, organization) : null;
        const demo = pooled ?? (await insertDemoOrganization(tx, organization));
        const rows = await recordDemoCreated(tx, {
          organizationId: demo.organizationId,
          email: input.email,
          scenario: scenario,
          locale: input.locale ?? scenario.locale,
          demoExpiresAt: demo.demoExpiresAt,
          now,
          template: pooled ? undefined : template,
          actor: input.actor,
        });
        await input.onCreated?.(tx, {
          organizationId: demo.organizationId,
          userId: demo.userId,
          demoExpiresAt: demo.demoExpiresAt ?? null,
        });
        const readyEmailId =
          input.readyEmail && demo.demoExpiresAt
            ? await queueReadyEmail(tx, {
                organizationId: demo.organizationId,
                email: input.email,
                locale: (input.locale ?? scenario.locale) as Locale,
                expiresAt: demo.demoExpiresAt,
                now,
              })
            : null;
        return {
          created: true as const,
          organizationId: demo.organizationId,
          userId: demo.userId,
          rows,
          readyEmailId,
          pooled: pooled !== null,
        };
      },
      { maxWait: 10_000, timeout: 30_000 },
    )
    .then(recordDemoProvisioning(scenario.name));
}
