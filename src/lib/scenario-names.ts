/**
 * The names of the demo scenarios (docs/rules.md#scenarios-and-seed-content), default first: client-safe, so forms and zod schemas
 * can list them without bundling the scenario definitions (src/server/scenarios/registry.ts, which
 * must define exactly these — a type check there enforces it).
 */
export const scenarioNames = ["urban-tower", "small-building", "residential-complex"] as const;

export type ScenarioName = (typeof scenarioNames)[number];
