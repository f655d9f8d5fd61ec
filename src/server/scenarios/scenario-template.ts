import "server-only";
import { createHash } from "node:crypto";
import { type Prisma, prisma } from "@/server/db/client";
import { buildTemplate } from "./build-template";
import { DAY, localDayStart } from "./calendar";
import { localizeScenario, scenarios } from "./registry";
import { seedScenario } from "./seed-scenario";
import type { Scenario } from "./types";

/** A scenario's template organization: its id and the local midnight its dates were built for. */
export type ScenarioTemplate = { id: string; referenceAt: Date };

const keys = new WeakMap<Scenario, string>();

/**
 * The template key of `scenario`: `<name>@<version>:<first 16 hex of sha-256 of its built template>`.
 * The built template is a pure function of the scenario (seeded Faker, offsets instead of dates), so
 * any change to the scenario's data gives a new key and therefore a new template; `version` is in the
 * key as well, so bumping it after a change to the code that materializes rows does too.
 */
export function templateKey(scenario: Scenario): string {
  let key = keys.get(scenario);
  if (!key) {
    const hash = createHash("sha256")
      .update(JSON.stringify(buildTemplate(scenario)))
      .digest("hex")
      .slice(0, 16);
    key = `${scenario.name}@${scenario.version}:${hash}`;
    keys.set(scenario, key);
  }
  return key;
}

/**
 * Whole days from the template's reference midnight to the local day of `now`: the shift that makes a
 * copy's dates what `buildScenarioContent(scenario, { now })` would have produced (scenario dates are
 * offsets from local midnight; Colombia has no daylight saving, so days are exact).
 */
export function templateShiftDays(template: ScenarioTemplate, now: Date): number {
  return Math.round((localDayStart(now) - template.referenceAt.getTime()) / (DAY * 1000));
}

/**
 * Returns the template organization of `scenario`, building it first when it is missing or stale
 * (another content hash): an organization with `template_key` set, `is_demo` false and no user — so no
 * session, analytics query, cap, console list, expiry or purge ever sees it — seeded with the
 * scenario's content for the local day of `now` through the ordinary tenant path (`seedScenario`).
 * Older templates of the scenario in the same language are deleted in the same transaction (their rows cascade). Concurrent
 * builders serialize on an advisory lock on the key; the unique index on `template_key` is the backstop.
 * @param db the client to look up and build with (a transaction to build inside the caller's).
 * @returns the template's id and reference midnight.
 */
export async function ensureScenarioTemplate(
  scenario: Scenario,
  { now = new Date(), db = prisma }: { now?: Date; db?: typeof prisma } = {},
): Promise<ScenarioTemplate> {
  const key = templateKey(scenario);
  const found = await findTemplate(db, key);
  if (found) return found;
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`template:${key}`}, 0))`;
      const again = await findTemplate(tx, key);
      if (again) return again;
      // Each language of a scenario has its own template: only this language's older ones go.
      await tx.organization.deleteMany({ where: { scenario: scenario.name, locale: scenario.locale, templateKey: { not: null } } });
      const referenceAt = new Date(localDayStart(now));
      const template = await tx.organization.create({
        data: {
          name: scenario.organizationName,
          isDemo: false,
          status: "active",
          scenario: scenario.name,
          assemblyCredits: scenario.assemblyCredits,
          locale: scenario.locale,
          templateKey: key,
          templateReferenceAt: referenceAt,
          createdAt: referenceAt,
        },
        select: { id: true },
      });
      await seedScenario(tx, { organizationId: template.id, scenario, now: referenceAt });
      return { id: template.id, referenceAt };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}

async function findTemplate(db: Prisma.TransactionClient, key: string): Promise<ScenarioTemplate | null> {
  const row = await db.organization.findUnique({ where: { templateKey: key }, select: { id: true, templateReferenceAt: true } });
  return row?.templateReferenceAt ? { id: row.id, referenceAt: row.templateReferenceAt } : null;
}

/**
 * (Re)builds the template of every scenario in each language (the seed step runs it after migrations), so the first
 * demo of a new scenario version does not pay for the build.
 * @returns the template keys now in place.
 */
export async function ensureScenarioTemplates(now = new Date()): Promise<string[]> {
  const built: string[] = [];
  for (const base of Object.values(scenarios)) {
    for (const locale of ["es", "en"] as const) {
      const scenario = localizeScenario(base, locale);
      await ensureScenarioTemplate(scenario, { now });
      built.push(templateKey(scenario));
    }
  }
  return built;
}
