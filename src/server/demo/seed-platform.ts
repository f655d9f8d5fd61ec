import "server-only";
import { env } from "@/env";
import { canonicalEmail } from "@/lib/validation";
import { prisma } from "@/server/db/client";
import { log } from "@/server/log";
import { getScenario } from "@/server/scenarios/registry";
import { ensureScenarioTemplates } from "@/server/scenarios/scenario-template";
import { provisionDemo } from "./provision-demo";

/** The shared QA demo kept beside per-email demos (docs/rules.md#scenarios-and-seed-content). */
export const QA_DEMO_EMAIL = "demo@assembly2.com";
export const QA_DEMO_ORGANIZATION_NAME = "Demo - P.H. Urban Tower";

/**
 * Idempotent platform seed: every scenario's template organization (rebuilt when the scenario
 * changed — `ensureScenarioTemplates`), the QA demo (urban-tower content, `is_demo`, no expiry) and one
 * SUPER_ADMIN user per SUPER_ADMIN_EMAILS entry. An allowlisted email that already belongs to a demo
 * admin is left alone (and logged) rather than silently promoted.
 * @returns whether the QA demo was created now, and the super-admin emails ensured.
 */
export async function seedPlatform(): Promise<{ qaDemoCreated: boolean; superAdmins: string[]; templates: string[] }> {
  const templates = await ensureScenarioTemplates();
  const qa = await provisionDemo({
    email: QA_DEMO_EMAIL,
    scenario: getScenario("urban-tower"),
    organizationName: QA_DEMO_ORGANIZATION_NAME,
    expires: false,
  });
  const superAdmins: string[] = [];
  for (const email of env.SUPER_ADMIN_EMAILS) {
    const user = await prisma.user.upsert({
      where: { email },
      create: { email, emailKey: canonicalEmail(email), role: "SUPER_ADMIN" },
      update: {},
      select: { role: true },
    });
    if (user.role === "SUPER_ADMIN") superAdmins.push(email);
    else log.warn({ email }, "SUPER_ADMIN_EMAILS entry already belongs to a demo admin; not promoted");
  }
  return { qaDemoCreated: qa.created, superAdmins, templates };
}
