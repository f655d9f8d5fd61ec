import "server-only";
import { canonicalEmail } from "@/lib/validation";
import { prisma } from "@/server/db/client";
import type { Scenario } from "@/server/scenarios/types";
import { seedScenario } from "@/server/scenarios/seed-scenario";
import { recordDemoProvisioning } from "@/server/observability/record-demo-provisioning";
import { recordLifecycleChange } from "@/server/lifecycle/record-lifecycle-changes";
import { claimActiveDemoSlot } from "./claim-active-demo-slot";
import { createDemoOrganization } from "./create-demo-organization";

export type ProvisionResult =
  | { created: true; organizationId: string; userId: string; rows: Record<string, number> }
  | { created: false; capped: false; organizationId: string | null }
  | { created: false; capped: true; organizationId: null };

/**
 * Creates one private demo for `email` — organization (`is_demo`, expires in 15 days), its single
 * ADMIN_PH user and the scenario's content — in ONE transaction (docs/rules.md#demo-request): any failure rolls all of
 * it back, leaving no partial organization. One demo per email, ever — per canonical email, so "+tag"
 * aliases do not escape the rule: a transaction-scoped advisory lock on that key serializes concurrent
 * requests, so 20 parallel calls create exactly one organization; the unique index on users.email_key
 * is the backstop.
 * This is platform work: it writes the product tables only through `seedScenario`, which binds the
 * transaction to the new organization for row-level security.
 * With `maxActiveDemos` set (MAX_ACTIVE_DEMOS), a new demo is only created below that many active
 * demos (`claimActiveDemoSlot`). The creation is recorded in the same transaction: a `demo_events` row
 * and an `audit_log` row "created" (actor "system") and a `demo.created` outbox event.
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
  maxActiveDemos?: number;
}): Promise<ProvisionResult> {
  const now = input.now ?? new Date();
  const emailKey = canonicalEmail(input.email);
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

        const organization = await createDemoOrganization(tx, {
          scenario: input.scenario,
          now,
          locale: input.locale,
          name: input.organizationName,
          expires: input.expires,
        });
        const user = await tx.user.create({
          data: {
            email: input.email,
            emailKey,
            name: input.name,
            role: "ADMIN_PH",
            organizationId: organization.id,
            locale: input.locale,
            createdAt: now,
          },
          select: { id: true },
        });
        const rows = await seedScenario(tx, { organizationId: organization.id, scenario: input.scenario, now });
        await recordLifecycleChange(tx, {
          organizationId: organization.id,
          actor: "system",
          action: "created",
          email: input.email,
          after: { status: "active", scenario: input.scenario.name, demoExpiresAt: organization.demoExpiresAt?.toISOString() ?? null },
          eventData: { scenario: input.scenario.name, version: input.scenario.version, rows },
          outbox: {
            type: "demo.created",
            data: {
              scenario: input.scenario.name,
              locale: input.locale ?? input.scenario.locale,
              demoExpiresAt: organization.demoExpiresAt?.toISOString() ?? null,
            },
          },
          now,
        });
        return { created: true as const, organizationId: organization.id, userId: user.id, rows };
      },
      { maxWait: 10_000, timeout: 30_000 },
    )
    .then(recordDemoProvisioning(input.scenario.name));
}
