/**
 * zod schemas of the sales paths (docs/sales.md), shared by the forms (client) and the route handlers:
 * "Hablar con ventas" (`POST /api/sales/contact-requests`) and the sales-created demo
 * (`POST /api/admin/demos`). Field messages are codes ("invalid_message") that forms map to text.
 */
import { z } from "zod";
import { wholeNumberText } from "./number";
import { locales } from "@/lib/i18n/locales";
import { scenarioNames } from "@/lib/scenario-names";
import { emailSchema } from "@/lib/validation";
import { isLoosePhone } from "./residents";
import { plainText } from "./text";

/** Where a "Hablar con ventas" form was opened. */
export const contactSources = ["chatbot", "banner", "no_credits", "expired"] as const;
export type ContactSource = (typeof contactSources)[number];

/** When the prospect prefers a call (Colombian time). */
export const preferredTimes = ["any", "morning", "afternoon", "evening"] as const;
export type PreferredTime = (typeof preferredTimes)[number];

/** Blank → undefined, so an optional field left empty in a form is simply absent. */
function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/**
 * Body of `POST /api/sales/contact-requests`: the message (5–2,000 characters) is required; phone
 * (7–15 digits), preferred time and name are optional. `email` is required without a session (the
 * chatbot) and ignored with one (the demo's own user is the contact) — the route enforces that.
 */
export const contactRequestSchema = z.object({
  source: z.enum(contactSources, { error: "invalid_source" }),
  message: plainText({ min: 5, max: 2000, error: "invalid_message" }),
  phone: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "invalid_phone" })
      .trim()
      .refine((v) => isLoosePhone(v), { error: "invalid_phone" })
      .optional(),
  ),
  preferredTime: z.preprocess(blankToUndefined, z.enum(preferredTimes, { error: "invalid_preferred_time" }).optional()),
  email: z.preprocess(blankToUndefined, emailSchema.optional()),
  name: z.preprocess(blankToUndefined, plainText({ min: 2, max: 120, error: "invalid_name" }).optional()),
  locale: z.enum(locales).optional(),
});
export type ContactRequestInput = z.infer<typeof contactRequestSchema>;

/**
 * The "Hablar con ventas" form's own schema: the body without what the component adds (`source`,
 * `locale`), with the email required (`email_required` when blank) where there is no session.
 */
export function contactFormSchema(requireEmail: boolean) {
  const fields = contactRequestSchema.omit({ source: true, locale: true });
  if (!requireEmail) return fields;
  return fields.extend({ email: z.string({ error: "email_required" }).trim().min(1, { error: "email_required" }).pipe(emailSchema) });
}

/** A sales-created demo lasts 1–30 days (docs/sales.md#sales-created-demo). */
export const SALES_DEMO_MAX_DAYS = 30;

/** Body of `POST /api/admin/demos`: a demo for a named prospect, created by sales. */
export const createSalesDemoSchema = z.object({
  email: emailSchema,
  name: z.preprocess(blankToUndefined, plainText({ min: 2, max: 120, error: "invalid_name" }).optional()),
  scenario: z.enum(scenarioNames, { error: "invalid_scenario" }),
  organizationName: z.preprocess(blankToUndefined, plainText({ min: 2, max: 120, error: "invalid_organization_name" }).optional()),
  durationDays: wholeNumberText(1, SALES_DEMO_MAX_DAYS, "invalid_days"),
  /** The invitation's and the demo's language (default Spanish); not `locale`, which sets the API answer's language. */
  emailLocale: z.enum(locales, { error: "invalid_locale" }).optional(),
});
export type CreateSalesDemoInput = z.infer<typeof createSalesDemoSchema>;
