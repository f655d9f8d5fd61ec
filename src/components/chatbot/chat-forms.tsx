"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { buttonStyles } from "@/components/ui/button-styles";
import { plainText } from "@/lib/schemas/text";
import { type LeadProfileValue, buildingNameSchema, emailSchema, leadProfiles, unitCountSchema } from "@/lib/validation";
import type { Messages } from "@/lib/i18n/messages.es";

const inputStyles =
  "block w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand focus:outline-2 focus:outline-offset-0 focus:outline-brand/30 disabled:bg-slate-50 aria-invalid:border-red-500 sm:text-sm";

const labelStyles = "mb-1.5 block text-xs font-medium text-slate-600";

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

  const messageOf = (message: string | undefined): string | undefined => {
    switch (message) {
      case undefined:
        return undefined;
      case "invalid_email":
        return t("emailInvalid");
      case "invalid_name":
        return t("nameInvalid");
      case "invalid_building_name":
        return t("buildingNameInvalid");
      case "invalid_unit_count":
        return t("unitCountInvalid");
      case "consent_required":
        return t("consentRequired");
      default:
        return message;
    }
  };

  const field = (name: keyof DetailsFields) => {
    const message = messageOf(errors[name]?.message);
    return {
      id: `${id}-${name}`,
      disabled: sending,
      "aria-invalid": message ? true : undefined,
      "aria-describedby": message ? `${id}-${name}-error` : undefined,
      className: inputStyles,
      message,
      ...register(name),
    };
  };

  const renderError = (name: keyof DetailsFields, message: string | undefined) =>
    message ? (
      <p id={`${id}-${name}-error`} role="alert" className="mt-1 text-sm text-red-700">
        {message}
      </p>
    ) : null;

  const { message: emailMessage, ...email } = field("email");
  const { message: nameMessage, ...name } = field("name");
  const { message: buildingMessage, ...building } = field("buildingName");
  const { message: unitsMessage, ...units } = field("unitCount");
  const { message: consentMessage, className: _inputClass, ...consent } = field("consent");

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-2.5">
      <div>
        <label htmlFor={email.id} className={labelStyles}>
          {t("emailLabel")}
        </label>
        <input
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={254}
          placeholder={t("emailPlaceholder")}
          enterKeyHint="send"
          {...email}
        />
        {renderError("email", emailMessage)}
      </div>
      <div className={withBuilding ? "grid grid-cols-2 gap-2" : undefined}>
        <div className="min-w-0">
          <label htmlFor={name.id} className={labelStyles}>
            {t("nameLabel")}
          </label>
          <input autoComplete="given-name" maxLength={120} placeholder={t("namePlaceholder")} enterKeyHint="send" {...name} />
          {renderError("name", nameMessage)}
        </div>
        {withBuilding && (
          <div className="min-w-0">
            <label htmlFor={building.id} className={labelStyles}>
              {t("buildingNameLabel")}
            </label>
            <input autoComplete="off" maxLength={80} placeholder={t("buildingNamePlaceholder")} enterKeyHint="send" {...building} />
            {renderError("buildingName", buildingMessage)}
          </div>
        )}
      </div>
      <div className="rounded-lg bg-slate-50 p-2.5 text-xs leading-relaxed text-slate-600">
        <p>
          {t("consentNotice")}{" "}
          <a href="/privacidad" target="_blank" rel="noopener" className="text-brand-strong font-medium underline underline-offset-2">
            {t("privacyLink")}
          </a>
        </p>
        <label htmlFor={consent.id} className="mt-2 flex items-start gap-2 text-slate-800">
          <input type="checkbox" required className="mt-0.5 size-4 shrink-0 accent-[var(--color-brand)]" {...consent} />
          <span>{t("consentLabel")}</span>
        </label>
        {renderError("consent", consentMessage)}
      </div>
      <div className="flex items-end gap-2">
        {withBuilding && (
          <div className="min-w-0 flex-1">
            <label htmlFor={units.id} className={labelStyles}>
              {t("unitCountLabel")}
            </label>
            <input
              inputMode="numeric"
              autoComplete="off"
              maxLength={3}
              placeholder={t("unitCountPlaceholder")}
              enterKeyHint="send"
              {...units}
            />
          </div>
        )}
        <button type="submit" disabled={sending} className={`${buttonStyles("primary", "md")} ${withBuilding ? "" : "w-full"} min-h-11`}>
          {sending ? t("sending") : withBuilding ? t("createDemo") : t("send")}
        </button>
      </div>
      {withBuilding && renderError("unitCount", unitsMessage)}
    </form>
  );
}
