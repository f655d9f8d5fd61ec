/**
 * zod schemas shared by forms (client) and route handlers (server), built from small pieces.
 */
import { z } from "zod";
import { scenarioNames } from "@/lib/scenario-names";
import { locales } from "./i18n/locales";
import { plainText } from "./schemas/text";

/** An email, trimmed and lower-cased; at most 254 characters (RFC 5321). */
export const emailSchema = z
  .string({ error: "invalid_email" })
  .trim()
  .toLowerCase()
  .max(254, { error: "invalid_email" })
  .pipe(z.email({ error: "invalid_email" }));

/**
 * The identity of a person (docs/rules.md#personal-data-ley-1581-de-2012): the address without a "+tag" in its
 * local part, so "ana+demo2@x.com" and "ana@x.com" are one person — one account, one demo, one lead.
 * Dots are kept ("a.na@gmail.com" is another key): docs/decisions/0057-canonical-email-keeps-dots.md.
 * A local part that starts with "+" is kept whole. Input must already be normalized by `emailSchema`
 * (trimmed, lower-cased); the migrations compute the same key in SQL.
 */
export function canonicalEmail(email: string): string {
  return email.replace(/^([^+@]+)\+[^@]*@/, "$1@");
}

function optionalText(max: number) {
  return plainText({ max, error: "invalid_text" })
    .optional()
    .transform((v) => (v ? v : undefined));
}

export const leadProfiles = ["admin_ph", "demo_only", "resident", "sales"] as const;
export type LeadProfileValue = (typeof leadProfiles)[number];

/** Profiles that lead to a demo; the others only capture the lead (docs/rules.md#demo-request). */
export const demoProfiles: readonly LeadProfileValue[] = ["admin_ph", "demo_only"];

/** The building a prospect names for their demo ("Torres del Parque"): plain text, 1–80 characters. */
export const buildingNameSchema = plainText({ max: 80, error: "invalid_building_name" });

/** Roughly how many units the prospect's building has: a whole number from 4 to 600. */
export const unitCountSchema = z
  .number({ error: "invalid_unit_count" })
  .int({ error: "invalid_unit_count" })
  .min(4, { error: "invalid_unit_count" })
  .max(600, { error: "invalid_unit_count" });

/**
 * Body of `POST /api/demo/request` (docs/rules.md#demo-request; docs/decisions/0025-building-personalization.md
 * for `building_name` / `unit_count`). Unknown keys are ignored.
 */
export const demoRequestSchema = z.object({
  email: emailSchema,
  name: optionalText(120),
  building_name: buildingNameSchema.optional().transform((v) => (v ? v : undefined)),
  unit_count: unitCountSchema.optional(),
  profile: z.enum(leadProfiles).optional(),
  scenario: z.enum(scenarioNames, { error: `scenario must be one of: ${scenarioNames.join(", ")}` }).optional(),
  locale: z.enum(locales).optional(),
  utm_source: optionalText(200),
  utm_medium: optionalText(200),
  utm_campaign: optionalText(200),
  referrer: optionalText(2000),
  /**
   * The holder's prior, express authorization after reading the privacy notice (Ley 1581 de 2012 art. 9):
   * the chatbot sends `true`; absent or `false`, the request still works and is recorded as not given.
   */
  consent: z.boolean({ error: "invalid_consent" }).optional(),
});
export type DemoRequestInput = z.infer<typeof demoRequestSchema>;

/** Body of `POST /api/auth/otp/request`. */
export const otpRequestSchema = z.object({
  email: emailSchema,
  locale: z.enum(locales).optional(),
});

/** The code typed on /login: exactly 6 digits. */
export const otpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: "invalid_code" });

/** Credentials next-auth receives on login. */
export const otpVerifySchema = z.object({ email: emailSchema, code: otpCodeSchema });

/** Credentials of a one-click sign-in link: its email and its token (32 bytes, base64url). */
export const signInLinkSchema = z.object({
  email: emailSchema,
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "invalid_token" }),
});
