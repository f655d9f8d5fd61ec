import { z } from "zod";
import { errorMessage, sendJson } from "@/components/api/send-json";
import type { Locale } from "@/lib/i18n";
import type { LeadProfileValue } from "@/lib/validation";

export type DemoRequest = {
  email: string;
  name?: string;
  profile: LeadProfileValue;
  locale: Locale;
  /** The prospect's building, which names the demo ("P.H. <building>"). */
  building_name?: string;
  /** Approximate units of the building, which picks the scenario closest in size. */
  unit_count?: number;
  /** The authorization the visitor ticked after reading the privacy notice (Ley 1581 de 2012 art. 9). */
  consent: true;
};

/** The details-form field a 400 points at. */
export type InvalidField = "email" | "buildingName" | "unitCount";

/** What the chatbot does next, decided from the answer of `POST /api/demo/request`. */
export type DemoRequestOutcome =
  | { kind: "success"; message: string; canLogIn: boolean; codeSent: boolean; expired: boolean }
  | { kind: "invalid"; field: InvalidField; message?: string }
  | { kind: "rate_limited"; message?: string }
  | { kind: "failed"; message?: string };

const successSchema = z.object({
  success: z.literal(true),
  already_exists: z.boolean(),
  login_url: z.string().nullable(),
  message: z.string(),
  status: z.enum(["active", "expired"]).optional(),
});

const utmKeys = ["utm_source", "utm_medium", "utm_campaign"] as const;

/** Campaign tags of the page URL and the page the visitor came from, for the lead record. */
function attribution() {
  const query = new URLSearchParams(window.location.search);
  const tags: Partial<Record<(typeof utmKeys)[number] | "referrer", string>> = {};
  for (const key of utmKeys) {
    const value = query.get(key)?.trim();
    if (value) tags[key] = value.slice(0, 200);
  }
  if (document.referrer) tags.referrer = document.referrer.slice(0, 2000);
  return tags;
}

/**
 * Asks for a demo (profiles admin_ph / demo_only) or only leaves the lead (resident / sales): the same
 * endpoint serves both. 201/200 → success (`canLogIn` when the server returned a `login_url`;
 * `codeSent` on 201, whose "demo ready" email carries a code and a link; `expired` when the person's
 * demo already ended — docs/rules.md#demo-lifecycle); 400 → the server's message
 * and the field it concerns (`fields`: building_name, unit_count, else the email); 429 → the rate-limit message;
 * anything else, or no network → failed.
 */
export async function requestDemo(request: DemoRequest): Promise<DemoRequestOutcome> {
  const response = await sendJson("POST", "/api/demo/request", { ...request, ...attribution() });
  if (!response) return { kind: "failed" };
  const { status, body } = response;

  if (status === 200 || status === 201) {
    const parsed = successSchema.safeParse(body);
    return parsed.success
      ? {
          kind: "success",
          message: parsed.data.message,
          canLogIn: parsed.data.login_url !== null,
          codeSent: status === 201,
          expired: parsed.data.status === "expired",
        }
      : { kind: "failed" };
  }
  if (status === 400) return { kind: "invalid", field: invalidField(body), message: errorMessage(body) };
  if (status === 429) return { kind: "rate_limited", message: errorMessage(body) };
  return { kind: "failed", message: errorMessage(body) };
}

/** Which field a 400's `error.fields` names; the email when it names none of the optional ones. */
function invalidField(body: unknown): InvalidField {
  const fields = typeof body === "object" && body !== null ? (body as { error?: { fields?: unknown } }).error?.fields : undefined;
  const names = typeof fields === "object" && fields !== null ? Object.keys(fields) : [];
  if (names.includes("building_name")) return "buildingName";
  if (names.includes("unit_count")) return "unitCount";
  return "email";
}
