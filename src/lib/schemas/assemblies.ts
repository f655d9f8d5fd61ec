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

/**
 * A proxy (poder): held by another unit's owner (`holderUnitId`) or by a named third party
 * (`holderName`) — exactly one of them (docs/rules.md#assemblies-ley-675-de-2001).
 */
export const proxySchema = z.union(
  [
    z.object({ holderUnitId: recordId("invalidProxyHolder") }).strict(),
    z.object({ holderName: text(2, 120, "invalidProxyHolder") }).strict(),
  ],
  { error: "invalidProxyHolder" },
);
export type ProxyBody = z.infer<typeof proxySchema>;

const attendanceFields = z.object({
  unitId: recordId("invalidUnit"),
  /** Who attends for the unit; defaults to the unit's owner. With `isProxy`, the proxy holder's name. */
  attendeeName: text(2, 120, "invalidAttendeeName").optional(),
  isProxy: z.boolean({ error: "invalidProxy" }).default(false),
  proxy: proxySchema.optional(),
});

/**
 * Body of `POST /api/assemblies/[assemblyId]/attendance`: a unit present, in person or by proxy.
 * `isProxy` with an `attendeeName` is the short form of a third-party proxy (`proxy.holderName`).
 */
export const attendanceCreateSchema = attendanceFields.transform(({ isProxy, attendeeName, proxy, unitId }) => {
  const resolved = proxy ?? (isProxy && attendeeName ? { holderName: attendeeName } : undefined);
  return { unitId, attendeeName: resolved ? undefined : attendeeName, proxy: resolved };
});
export type AttendanceCreateInput = z.infer<typeof attendanceCreateSchema>;

/** Most registrations one bulk request may carry (the JSON body is capped at 8 KB, docs/rules.md#security). */
export const MAX_BULK_ATTENDANCE = 100;

/** Body of `POST /api/assemblies/[assemblyId]/attendance` in bulk: `{ registrations: [...] }`. */
export const attendanceBulkSchema = z.object({
  registrations: z
    .array(attendanceCreateSchema, { error: "invalidRegistrations" })
    .min(1, { error: "invalidRegistrations" })
    .max(MAX_BULK_ATTENDANCE, { error: "invalidRegistrations" }),
});

/** Body of `POST /api/assemblies/[assemblyId]/start`: optional president and secretary for the minutes. */
export const assemblyStartSchema = z.object({
  presidentName: text(2, 120, "invalidPresident").optional(),
  secretaryName: text(2, 120, "invalidSecretary").optional(),
});

/** Body of `POST /api/assemblies/[assemblyId]/items/[itemId]/voting`: open or close an item's voting. */
export const itemVotingSchema = z.object({ status: z.enum(["open", "closed"], { error: "invalidVotingStatus" }) });

/** Body of the voter link's vote: `POST /api/vote/[token]/votes`. */
export const linkVoteSchema = z.object({
  agendaItemId: recordId("invalidAgendaItem"),
  choice: z.enum(voteChoices, { error: "invalidChoice" }),
});

/** Body of the voter link's registration: `POST /api/vote/[token]/attendance` (optionally by proxy). */
export const linkAttendanceSchema = z.object({ proxy: proxySchema.optional() });

/** Body of `POST /api/assemblies/[assemblyId]/votes`: a unit's vote on an agenda item. */
export const voteCastSchema = z.object({
  agendaItemId: recordId("invalidAgendaItem"),
  unitId: recordId("invalidUnit"),
  choice: z.enum(voteChoices, { error: "invalidChoice" }),
});
export type VoteCastInput = z.infer<typeof voteCastSchema>;
