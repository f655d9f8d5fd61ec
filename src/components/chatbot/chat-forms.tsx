"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type InputHTMLAttributes, useEffect, useId } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { emailInput } from "@/components/forms/input-presets";
import { FieldError, FieldFrame } from "@/components/forms/text-field";
import { buttonStyles } from "@/components/ui/button-styles";
import { plainText } from "@/lib/schemas/text";
import { type LeadProfileValue, buildingNameSchema, emailSchema, leadProfiles, unitCountSchema } from "@/lib/validation";
import type { Messages } from "@/lib/i18n/messages.es";

const inputStyles =
  "block w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand focus:outline-2 focus:outline-offset-0 focus:outline-brand/30 disabled:bg-slate-50 aria-invalid:border-red-500 sm:text-sm";

const labelStyles = "mb-1.5 block text-xs font-medium text-slate-600";

/** The chatbot's text for each error code of the details step. */
const errorKeys = {
  invalid_email: "emailInvalid",
  invalid_name: "nameInvalid",
  invalid_building_name: "buildingNameInvalid",
  invalid_unit_count: "unitCountInvalid",
  consent_required: "consentRequired",
} as const satisfies Record<string, keyof Messages["chatbot"]>;

/** Message key of each profile's button and of the visitor's answer in the log. */
export const profileLabelKeys = {
  admin_ph: "profileAdminPh",
  demo_only: "profileDemoOnly",
  resident: "profileResident",
  sales: "profileSales",
} as const satisfies Record<LeadProfileValue, keyof Messages["chatbot"]>;

/** Step 1: the four profiles as buttons. */
export function ProfileChoices({ onChoose }: { onChoose: (profile: LeadProfileValue) => void }) {
  const t = useTranslations("chatbot");
  return (
    <div className="grid grid-cols-2 gap-2">
      {leadProfiles.map((profile) => (
        <button
          key={profile}
          type="button"
          onClick={() => onChoose(profile)}
          className={`${buttonStyles("secondary", "sm")} min-h-11 px-2`}
        >
          {t(profileLabelKeys[profile])}
        </button>
      ))}
    </div>
  );
}

const optionalText = (schema: z.ZodType<string>) => z.union([z.literal(""), schema]).transform((value) => (value ? value : undefined));

/** The details step's fields, as typed; `unitCount` stays text until parsed. */
const detailsFormSchema = z.object({
  email: emailSchema,
  name: optionalText(plainText({ max: 120, error: "invalid_name" })),
  buildingName: optionalText(buildingNameSchema),
  unitCount: z
    .string()
    .trim()
    .transform((value) => (value ? Number(value) : undefined))
    .pipe(unitCountSchema.optional()),
  // Prior, express and informed authorization (Ley 1581 de 2012 art. 9): nothing is sent without it.
  consent: z.literal(true, { error: "consent_required" }),
});
type DetailsFields = z.input<typeof detailsFormSchema>;

/** What the visitor gave in the details step, checked. */
export type Details = z.output<typeof detailsFormSchema>;

type DetailsFormProps = {
  /** Demo profiles also offer the building's name and size; lead-only ones just name and email. */
  withBuilding: boolean;
  /** True while the request is in flight: the form is kept, but read-only. */
  sending: boolean;
  /** The field a 400 from the server named, with its message, shown under that field. */
  serverError?: { field: "email" | "buildingName" | "unitCount"; message: string };
  onSubmit: (details: Details) => void;
};

/**
 * Step 2, all in one: the email (required) and, optionally, the person's name and — for a demo — the
 * building's name and approximate unit count, which name the demo and pick its size. Enter in any
 * field sends it.
 */
export function DetailsForm({ withBuilding, sending, serverError, onSubmit }: DetailsFormProps) {
  const t = useTranslations("chatbot");
  const id = useId();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<DetailsFields, unknown, Details>({
    resolver: zodResolver(detailsFormSchema),
    defaultValues: { email: "", name: "", buildingName: "", unitCount: "", consent: false as unknown as true },
  });

  // The keyboard goes to the email when the step appears or a failed request hands the form back, and
  // to the field a 400 points at, with its message under it.
  useEffect(() => {
    if (sending) return;
    if (serverError) setError(serverError.field, { message: serverError.message }, { shouldFocus: true });
    else setFocus("email");
  }, [sending, serverError, setError, setFocus]);

  const messageOf = (message: string | undefined): string | undefined =>
    message && Object.hasOwn(errorKeys, message) ? t(errorKeys[message as keyof typeof errorKeys]) : message;

  /** One labelled text input of the form; Enter in any of them sends it. */
  // Registered here, in the form's own render and in the page's order, so the first invalid field
  // (react-hook-form focuses in registration order) is the first one on screen.
  const textField = (name: Exclude<keyof DetailsFields, "consent">, label: string, input: InputHTMLAttributes<HTMLInputElement>) => {
    const registration = register(name);
    return (
      <FieldFrame
        id={`${id}-${name}`}
        label={label}
        labelClassName={labelStyles}
        error={messageOf(errors[name]?.message)}
        alertError
        className="min-w-0 flex-1"
      >
        {(aria) => <input {...aria} {...input} disabled={sending} enterKeyHint="send" className={inputStyles} {...registration} />}
      </FieldFrame>
    );
  };
  const consentError = messageOf(errors.consent?.message);

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-2.5">
      {textField("email", t("emailLabel"), { ...emailInput, autoComplete: "email", required: true, placeholder: t("emailPlaceholder") })}
      <div className={withBuilding ? "grid grid-cols-2 gap-2" : undefined}>
        {textField("name", t("nameLabel"), { autoComplete: "given-name", maxLength: 120, placeholder: t("namePlaceholder") })}
        {withBuilding &&
          textField("buildingName", t("buildingNameLabel"), {
            autoComplete: "off",
            maxLength: 80,
            placeholder: t("buildingNamePlaceholder"),
          })}
      </div>
      <div className="rounded-lg bg-slate-50 p-2.5 text-xs leading-relaxed text-slate-600">
        <p>
          {t("consentNotice")}{" "}
          <a href="/privacidad" target="_blank" rel="noopener" className="text-brand-strong font-medium underline underline-offset-2">
            {t("privacyLink")}
          </a>
        </p>
        <label htmlFor={`${id}-consent`} className="mt-2 flex items-start gap-2 text-slate-800">
          <input
            id={`${id}-consent`}
            type="checkbox"
            required
            disabled={sending}
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? `${id}-consent-error` : undefined}
            className="mt-0.5 size-4 shrink-0 accent-[var(--color-brand)]"
            {...register("consent")}
          />
          <span>{t("consentLabel")}</span>
        </label>
        <FieldError id={`${id}-consent-error`} error={consentError} alert />
      </div>
      <div className="flex items-end gap-2">
        {withBuilding &&
          textField("unitCount", t("unitCountLabel"), {
            inputMode: "numeric",
            autoComplete: "off",
            maxLength: 3,
            placeholder: t("unitCountPlaceholder"),
          })}
        <button type="submit" disabled={sending} className={`${buttonStyles("primary", "md")} ${withBuilding ? "" : "w-full"} min-h-11`}>
          {sending ? t("sending") : withBuilding ? t("createDemo") : t("send")}
        </button>
      </div>
    </form>
  );
}
