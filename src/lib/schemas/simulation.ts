import { z } from "zod";
import { wholeNumber } from "./number";

/** Length of a simulated assembly day, in seconds: default 120 (two minutes), at least 10, at most 1,800. */
export const SIMULATION_DURATION = { default: 120, min: 10, max: 1_800 } as const;

/**
 * Body of `POST /api/assemblies/{id}/simulate` (optional): `durationSeconds` (whole seconds, 10–1,800,
 * default 120), `seed` (a whole number 0–2,147,483,647; the same seed replays the same day; default
 * random), or `stop: true` to stop the running simulation (as `DELETE` does).
 */
export const simulateSchema = z.object({
  durationSeconds: wholeNumber(SIMULATION_DURATION.min, SIMULATION_DURATION.max, "invalid_duration").optional(),
  seed: wholeNumber(0, 2_147_483_647, "invalid_seed").optional(),
  stop: z.literal(true, { error: "invalid_stop" }).optional(),
});
export type SimulateInput = z.infer<typeof simulateSchema>;
