/**
 * zod schemas of the residents API, shared by the resident forms (client) and the route handlers.
 * Field messages are codes ("invalid_phone") that forms map to localized text; emails are trimmed and
 * lower-cased (`emailSchema`).
 */
import { z } from "zod";
import { plainText } from "./text";
import { emailSchema } from "@/lib/validation";
import { UUID_PATTERN } from "@/lib/uuid";

export const residentTypes = ["owner", "tenant"] as const;
export type ResidentTypeValue = (typeof residentTypes)[number];

/** "+57 310 555 0101", "(601) 555-0101", "3105550101": digits with the usual separators, 7–15 digits (E.164). */
export function isLoosePhone(value: string): boolean {
  if (value.length > 30 || !/^\+?[\d\s().-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 7 && digits <= 15;
}

const fullNameSchema = plainText({ min: 2, max: 120, error: "invalid_name" });
const residentTypeSchema = z.enum(residentTypes, { error: "invalid_type" });

/** Optional phone: blank or `null` clears it (→ `null`); otherwise a loose phone pattern. */
const phoneSchema = z
  .string({ error: "invalid_phone" })
  .trim()
  .refine((v) => v === "" || isLoosePhone(v), { error: "invalid_phone" })
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .optional();

/** Body of `POST /api/residents`. Unknown keys are ignored. */
export const residentCreateSchema = z.object({
  unitId: z
    .string({ error: "invalid_unit" })
    .regex(UUID_PATTERN, { error: "invalid_unit" })
    .transform((v) => v.toLowerCase()),
  fullName: fullNameSchema,
  email: emailSchema,
  phone: phoneSchema,
  type: residentTypeSchema,
});
export type ResidentCreateInput = z.infer<typeof residentCreateSchema>;

/**
 * Body of `PATCH /api/residents/[residentId]`: any of the create fields but `unitId` (a resident does
 * not move between units), at least one of them. Unknown keys are ignored.
 */
export const residentUpdateSchema = z
  .object({
    fullName: fullNameSchema.optional(),
    email: emailSchema.optional(),
    phone: phoneSchema,
    type: residentTypeSchema.optional(),
  })
  .refine((v) => Object.values(v).some((field) => field !== undefined), { error: "empty_update" });
export type ResidentUpdateInput = z.infer<typeof residentUpdateSchema>;
