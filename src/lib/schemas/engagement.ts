/**
 * zod schemas of the engagement features (docs/engagement.md): the prospect's request for more time,
 * the guided checklist's dismissal, and sales' decision on a request. Field messages are codes.
 */
import { z } from "zod";
import { wholeNumber } from "./number";
import { plainText } from "./text";

/** Body of `POST /api/demo/extension-requests` (may be empty): an optional note for sales (≤ 500 chars). */
export const moreTimeRequestSchema = z.object({
  message: plainText({ max: 500, error: "invalid_message" })
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type MoreTimeRequestInput = z.infer<typeof moreTimeRequestSchema>;

/** Body of `PATCH /api/onboarding`: hide (true) or show again (false) the guided checklist. */
export const onboardingUpdateSchema = z.object({ dismissed: z.boolean({ error: "invalid_dismissed" }) });
export type OnboardingUpdateInput = z.infer<typeof onboardingUpdateSchema>;

/** Body of `POST /api/admin/extension-requests/[requestId]/{approve,deny}` (may be empty). */
export const decideExtensionRequestSchema = z.object({
  /** Days to grant on approval (default MORE_TIME_DAYS); the extend caps still apply. */
  days: wholeNumber(1, 365, "invalid_days").optional(),
  reason: plainText({ max: 500, error: "invalid_reason" })
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type DecideExtensionRequestInput = z.infer<typeof decideExtensionRequestSchema>;
