/**
 * zod schema of the organization settings form (client) and `PATCH /api/settings` (server).
 * Field messages are codes ("invalid_color") that the form maps to localized text.
 */
import { z } from "zod";
import { plainText } from "./text";
import { locales } from "@/lib/i18n/locales";

/** Body of `PATCH /api/settings`: at least one of name (2–120 chars), theme colour ("#rrggbb", stored lower-case) and locale. */
export const settingsUpdateSchema = z
  .object({
    name: plainText({ min: 2, max: 120, error: "invalid_name" }).optional(),
    themeColor: z
      .string({ error: "invalid_color" })
      .trim()
      .regex(/^#[0-9a-f]{6}$/i, { error: "invalid_color" })
      .transform((v) => v.toLowerCase())
      .optional(),
    locale: z.enum(locales, { error: "invalid_locale" }).optional(),
  })
  .refine((v) => Object.values(v).some((field) => field !== undefined), { error: "empty_update" });
export type SettingsUpdateInput = z.infer<typeof settingsUpdateSchema>;
