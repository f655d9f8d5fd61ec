import { z } from "zod";
import { wholeNumber } from "./number";

/** Days one "Avanzar" moves a demo's content clock, at most (docs/rules.md#scenarios-and-seed-content). */
export const MAX_TIME_TRAVEL_STEP_DAYS = 30;

/** Body of `POST /api/demo/time-travel`: `days`, a whole number of days 1–30 (the button sends 30). */
export const timeTravelSchema = z.object({
  days: wholeNumber(1, MAX_TIME_TRAVEL_STEP_DAYS, "invalid_days"),
});
export type TimeTravelInput = z.infer<typeof timeTravelSchema>;
