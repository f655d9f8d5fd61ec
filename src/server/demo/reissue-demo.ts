import "server-only";
import { isLocale } from "@/lib/i18n";
import { canonicalEmail } from "@/lib/validation";
import { prisma } from "@/server/db/client";
import { AppError } from "@/server/http/app-error";
import { queueReadyEmail } from "@/server/lifecycle/queue-ready-email";
import { recordLifecycleChanges } from "@/server/lifecycle/record-lifecycle-changes";
import { resolveScenario } from "@/server/scenarios/registry";
import { seedScenario } from "@/server/scenarios/seed-scenario";
import { createDemoOrganization } from "./create-demo-organization";
import { isOrganizationExpired } from "./demo-policy";
import type { DemoActionInput } from "./change-demo-state";
import { lockDemo } from "./lock-demo";

export type ReissueResult = {
  organizationId: string;
  previousOrganizationId: string;
  email: string;
  demoExpiresAt: Date;
  /** The queued "ready" email (attempt it after the response with `deliverEmailsAfterResponse`). */
  readyEmailId: bigint | null;
};

/**
 * Sales action "re-issue" (docs/rules.md#sales-console) — the only way past "one demo per email, ever": when the
 * prospect's demo is expired or terminated, creates a NEW demo organization (fresh 15 days, the same
 * scenario unless `scenario` says otherwise, the old demo's language) with the scenario's content and
 * MOVES the existing user to it; the lead follows (organization, stage demo_active). The old
 * organization stays, without its user, for analytics (marked expired if the cron had not yet).
 * One transaction, serialized with demo requests for the same person by the same advisory lock as
 * `provisionDemo`, recording "reissued" on the old demo and "created" on the new one (audit rows,
 * `demo_events`, outbox `demo.reissued` and `demo.created`). The sales cap (MAX_ACTIVE_DEMOS) does not
 * apply: it limits self-service only. The "ready" email is queued in the same transaction
 * (`queueReadyEmail`, in the user's language, else the demo's); the caller attempts it after its response.
 * @param input.target the demo to re-issue, by organization or by the prospect's email.
 * @returns the new organization, the previous one, the prospect's email and the new expiry.
 * @throws AppError 404 `demo_not_found` (no such demo or prospect); 409 `reissue_not_expired`,
 *   `reissue_converted`, `demo_superseded`, `demo_without_expiry` (QA demo) or `unknown_scenario`.
 */
export async function reissueDemo(
  input: Omit<DemoActionInput, "organizationId"> & { target: { organizationId: string } | { email: string }; scenario?: string },
): Promise<ReissueResult> {
  const { target, actor } = input;
  const now = input.now ?? new Date();
  return prisma.$transaction(
    async (tx) => {
      let emailKey: string;
      if ("email" in target) emailKey = canonicalEmail(target.email);
      else {
        const owner = await tx.user.findFirst({
          where: { organizationId: target.organizationId, role: "ADMIN_PH" },
          select: { emailKey: true },
        });
        if (!owner) {
          await lockDemo(tx, target.organizationId); // 404 when it is not a demo at all
          throw new AppError("demo_superseded");
        }
        emailKey = owner.emailKey;
      }
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${emailKey}, 0))`;
      const user = await tx.user.findFirst({
        where: { emailKey, role: "ADMIN_PH" },
        select: { id: true, email: true, organizationId: true, locale: true },
      });
      if (!user?.organizationId) throw new AppError("demo_not_found");
      if ("organizationId" in target && user.organizationId !== target.organizationId) throw new AppError("demo_superseded");

      const old = await lockDemo(tx, user.organizationId);
      if (!old.demoExpiresAt) throw new AppError("demo_without_expiry");
      if (old.status === "converted") throw new AppError("reissue_converted");
      if (old.status !== "terminated" && !isOrganizationExpired(old, now)) throw new AppError("reissue_not_expired");
      const scenario = resolveScenario(input.scenario ?? old.scenario ?? "urban-tower", old.locale);

      if (old.status === "active") {
        await tx.organization.update({ where: { id: old.id }, data: { status: "expired", expiredAt: now }, select: { id: true } });
      }
      const created = await createDemoOrganization(tx, { scenario, now, locale: old.locale });
      const demoExpiresAt = created.demoExpiresAt!;
      await tx.user.update({ where: { id: user.id }, data: { organizationId: created.id }, select: { id: true } });
      const rows = await seedScenario(tx, { organizationId: created.id, scenario, now });
      await tx.platformLead.updateMany({ where: { emailKey }, data: { organizationId: created.id } });
      await tx.platformLead.updateMany({
        where: { emailKey, funnelStage: { in: ["new", "demo_requested", "lost"] } },
        data: { funnelStage: "demo_active" },
      });

      const expiresIso = demoExpiresAt.toISOString();
      await recordLifecycleChanges(tx, [
        {
          organizationId: old.id,
          actor,
          action: "reissued",
          email: user.email,
          before: { organizationId: old.id, status: old.status, userId: user.id },
          after: { organizationId: created.id, status: old.status === "active" ? "expired" : old.status, reason: input.reason ?? null },
          eventData: { organizationId: created.id, reason: input.reason ?? null },
          outbox: {
            type: "demo.reissued",
            organizationId: created.id,
            data: { previousOrganizationId: old.id, scenario: scenario.name, demoExpiresAt: expiresIso },
          },
          now,
        },
        {
          organizationId: created.id,
          actor,
          action: "created",
          email: user.email,
          after: { status: "active", scenario: scenario.name, demoExpiresAt: expiresIso, reissuedFrom: old.id },
          eventData: { scenario: scenario.name, version: scenario.version, rows, reissuedFrom: old.id },
          outbox: {
            type: "demo.created",
            data: { scenario: scenario.name, locale: old.locale, demoExpiresAt: expiresIso, reissuedFrom: old.id },
          },
          now,
        },
      ]);
      const readyEmailId = await queueReadyEmail(tx, {
        organizationId: created.id,
        email: user.email,
        locale: [user.locale, old.locale].find(isLocale) ?? "es",
        expiresAt: demoExpiresAt,
        now,
      });
      return { organizationId: created.id, previousOrganizationId: old.id, email: user.email, demoExpiresAt, readyEmailId };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
