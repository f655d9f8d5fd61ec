import "server-only";
import type { Prisma } from "@/server/db/client";
import type { Scenario } from "@/server/scenarios/types";
import { demoExpiryFrom } from "./demo-policy";

/**
 * Inserts the organization row of a new demo inside the caller's transaction: `is_demo`, active,
 * the scenario's name and assembly credits, expiring DEMO_TTL_DAYS after `now` (or never, for the
 * shared QA demo). The caller adds the user and the scenario's content in the same transaction.
 * @returns the new organization's id and expiry.
 */
export async function createDemoOrganization(
  tx: Prisma.TransactionClient,
  input: { scenario: Scenario; now: Date; locale?: string; name?: string; expires?: boolean },
): Promise<{ id: string; demoExpiresAt: Date | null }> {
  return tx.organization.create({
    data: {
      name: input.name ?? input.scenario.organizationName,
      isDemo: true,
      status: "active",
      scenario: input.scenario.name,
      demoExpiresAt: input.expires === false ? null : demoExpiryFrom(input.now),
      assemblyCredits: input.scenario.assemblyCredits,
      locale: input.locale ?? input.scenario.locale,
      createdAt: input.now,
    },
    select: { id: true, demoExpiresAt: true },
  });
}
