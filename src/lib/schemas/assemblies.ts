/**
 * zod schemas of the assembly APIs, shared by the forms (client) and the route handlers (server).
 * Field error messages are keys of the `assemblies` i18n namespace (e.g. "invalidTitle"), so a form
 * shows them with `t(message)` in the user's language.
 */
import { z } from "zod";
import { plainText } from "./text";

export const assemblyTypes = ["ordinary", "extraordinary"] as const;
export const majorityRules = ["simple", "qualified"] as const;
export const voteChoices = ["yes", "no", "abstain"] as const;

/** Most agenda items an assembly may have. */
export const MAX_AGENDA_ITEMS = 20;

/** Trimmed text of `min`–`max` characters, one error key for both bounds. */
function text(min: number, max: number, error: string) {
  return plainText({ min, max, error });
}

/** A record id (UUID, any version), lower-cased as PostgreSQL prints it. */
function recordId(error: string) {
  return z.guid({ error }).transform((id) => id.toLowerCase());
}

/** One year after `now`, on the calendar (29 Feb → 1 Mar of the next year). */
function oneYearAfter(now: Date): Date {
  const limit = new Date(now);
  limit.setFullYear(limit.getFullYear() + 1);
  return limit;
}

/**
 * A date and time with its zone ("2026-12-01T19:00:00-05:00" or "…Z"), strictly in the future and at
 * most one year ahead — checked against the clock when parsed. Output: a `Date`.
 */
const futureDateTime = z.iso
  .datetime({ offset: true, error: "invalidDate" })
  .transform((value) => new Date(value))
  .refine((date) => date.getTime() > Date.now(), { error: "dateInPast" })
  .refine((date) => date <= oneYearAfter(new Date()), { error: "dateTooFar" });

/** One item of a new assembly's agenda; its position is its place in the list. */
export const agendaItemSchema = z.object({
  title: text(3, 160, "invalidAgendaTitle"),
  description: text(0, 500, "invalidDescription")
    .optional()
    .transform((v) => (v ? v : undefined)),
  requiresVote: z.boolean({ error: "invalidRequiresVote" }),
  /** simple: more than half of the coefficients present (Ley 675 art. 45); qualified: 70 % of the building (art. 46). */
  majority: z.enum(majorityRules, { error: "invalidMajority" }).default("simple"),
});

/** Body of `POST /api/assemblies`: convenes a new assembly (spends one assembly credit). */
export const assemblyCreateSchema = z.object({
  title: text(3, 160, "invalidTitle"),
  type: z.enum(assemblyTypes, { error: "invalidType" }),
  scheduledAt: futureDateTime,
  location: text(2, 160, "invalidLocation"),
  agenda: z
    .array(agendaItemSchema, { error: "invalidAgenda" })
    .min(1, { error: "invalidAgenda" })
    .max(MAX_AGENDA_ITEMS, { error: "invalidAgenda" }),
});
export type AssemblyCreateInput = z.infer<typeof assemblyCreateSchema>;

/** Body of `POST /api/assemblies/[assemblyId]/attendance`: a unit present, in person or by proxy. */
export const attendanceCreateSchema = z.object({
  unitId: recordId("invalidUnit"),
  /** Who attends for the unit; defaults to the unit's owner. */
  attendeeName: text(2, 120, "invalidAttendeeName").optional(),
  isProxy: z.boolean({ error: "invalidProxy" }).default(false),
});
export type AttendanceCreateInput = z.infer<typeof attendanceCreateSchema>;

/** Body of `POST /api/assemblies/[assemblyId]/votes`: a unit's vote on an agenda item. */
export const voteCastSchema = z.object({
  agendaItemId: recordId("invalidAgendaItem"),
  unitId: recordId("invalidUnit"),
  choice: z.enum(voteChoices, { error: "invalidChoice" }),
});
export type VoteCastInput = z.infer<typeof voteCastSchema>;
