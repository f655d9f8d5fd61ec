import "server-only";
import { canonicalEmail } from "@/lib/validation";
import { prisma } from "@/server/db/client";
import type { Scenario } from "@/server/scenarios/types";
import { seedScenario } from "@/server/scenarios/seed-scenario";
import { demoExpiryFrom } from "./demo-policy";

export type ProvisionResult =
  | { created: true; organizationId: string; userId: string; rows: Record<string, number> }
  | { created: false; organizationId: string | null };

/**
 * Creates one private demo for `email` — organization (`is_demo`, expires in 15 days), its single
 * ADMIN_PH user and the scenario's content — in ONE transaction (DESIGN.md §2): any failure rolls all of
 * it back, leaving no partial organization. One demo per email, ever — per canonical email, so "+tag"
 * aliases do not escape the rule: a transaction-scoped advisory lock on that key serializes concurrent
 * requests, so 20 parallel calls create exactly one organization; the unique index on users.email_key
 * is the backstop.
 * This is platform work: it writes the product tables only through `seedScenario`, which binds the
 * transaction to the new organization for row-level security.
 * @returns created: true with the new ids and row counts, or created: false with the existing
 *   user's organization when the email already has an account.
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
}): Promise<ProvisionResult> {
  const now = input.now ?? new Date();
  const emailKey = canonicalEmail(input.email);
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${emailKey}, 0))`;
      const existing = await tx.user.findFirst({
        where: { OR: [{ emailKey }, { email: input.email }] },
        select: { organizationId: true },
      });
      if (existing) return { created: false as const, organizationId: existing.organizationId };

      const organization = await tx.organization.create({
        data: {
          name: input.organizationName ?? input.scenario.organizationName,
          isDemo: true,
          status: "active",
          scenario: input.scenario.name,
          demoExpiresAt: input.expires === false ? null : demoExpiryFrom(now),
          assemblyCredits: input.scenario.assemblyCredits,
          locale: input.locale ?? input.scenario.locale,
          createdAt: now,
        },
        select: { id: true },
      });
      const user = await tx.user.create({
        data: { email: input.email, emailKey, name: input.name, role: "ADMIN_PH", organizationId: organization.id, locale: input.locale, createdAt: now },
        select: { id: true },
      });
      const rows = await seedScenario(tx, { organizationId: organization.id, scenario: input.scenario, now });
      await tx.demoEvent.create({
        data: { organizationId: organization.id, type: "created", actor: "system", data: { scenario: input.scenario.name, version: input.scenario.version, rows } },
      });
      return { created: true as const, organizationId: organization.id, userId: user.id, rows };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
