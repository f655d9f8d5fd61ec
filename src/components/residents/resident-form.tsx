"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useRef, useState, useTransition } from "react";
import { flushSync } from "react-dom";
import { useLocale, useTranslations } from "use-intl";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FORM_ERROR, type FieldErrors, fieldErrorsFromApi, fieldErrorsFromZod } from "@/components/forms/field-errors";
import { FormAlert, FormStatus } from "@/components/forms/form-messages";
import { readApiError, sendJson } from "@/components/forms/send-json";
import { TextField } from "@/components/forms/text-field";
import { useErrorText } from "@/components/forms/use-error-text";
import { buttonStyles } from "@/components/ui/button-styles";
import { type ResidentTypeValue, residentCreateSchema, residentUpdateSchema } from "@/lib/schemas/residents";
import type { ResidentView } from "./types";

type Mode = { kind: "create"; unitId: string } | { kind: "edit"; resident: ResidentView };
type Values = { fullName: string; email: string; phone: string; type: ResidentTypeValue };

/** Field order, to focus the first invalid one. */
const FIELDS = ["fullName", "email", "phone", "type"] as const;
const EMPTY: Values = { fullName: "", email: "", phone: "", type: "owner" };

function valuesOf(r: ResidentView): Values {
  return { fullName: r.fullName, email: r.email, phone: r.phone ?? "", type: r.type };
}

/** Only what changed, so a PATCH never rewrites fields the admin did not touch (`{}` → "empty_update"). */
function changes(values: Values, r: ResidentView): Record<string, string> {
  const out: Record<string, string> = {};
  if (values.fullName.trim() !== r.fullName) out.fullName = values.fullName;
  if (values.email.trim().toLowerCase() !== r.email) out.email = values.email;
  if (values.phone.trim() !== (r.phone ?? "")) out.phone = values.phone;
  if (values.type !== r.type) out.type = values.type;
  return out;
}

/**
 * Adds a resident to a unit (`POST /api/residents`) or edits one (`PATCH /api/residents/[id]`, only the
 * changed fields). Validates first with the same zod schemas as the API; field codes become localized
 * text (`forms`), server refusals (409 duplicate email, last owner…) show the server's message as it
 * comes. On success the server tree is refreshed in the same transition as the form's own update, so
 * the list and the confirmation appear together.
 */
export function ResidentForm(props: {
  mode: Mode;
  /** The form's accessible name: an element id, or a label. */
  labelledBy?: string;
  label?: string;
  /** Called (inside the refresh transition) with the saved resident's name. */
  onSaved?: (fullName: string) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const { mode } = props;
  const t = useTranslations("residentForm");
  const tDashboard = useTranslations("dashboard");
  const tForms = useTranslations("forms");
  const tCommon = useTranslations("common");
  const errorText = useErrorText();
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);

  const [values, setValues] = useState<Values>(mode.kind === "edit" ? valuesOf(mode.resident) : EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [sending, setSending] = useState(false);
  const [refreshing, startTransition] = useTransition();
  const pending = sending || refreshing;

  const update = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setFormError(undefined);
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const showErrors = (next: FieldErrors, message?: string) => {
    flushSync(() => {
      setErrors(next);
      setFormError(message ?? (next[FORM_ERROR] ? errorText(next[FORM_ERROR]) : undefined));
    });
    const first = FIELDS.find((field) => next[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };

  const request = () => {
    if (mode.kind === "create") {
      const parsed = residentCreateSchema.safeParse({ unitId: mode.unitId, ...values });
      if (!parsed.success) return { errors: fieldErrorsFromZod(parsed.error) };
      return { send: () => sendJson("POST", "/api/residents", { ...parsed.data, locale }) };
    }
    const parsed = residentUpdateSchema.safeParse(changes(values, mode.resident));
    if (!parsed.success) return { errors: fieldErrorsFromZod(parsed.error) };
    return { send: () => sendJson("PATCH", `/api/residents/${mode.resident.id}`, { ...parsed.data, locale }) };
  };

  const submit = async () => {
    setSuccess(undefined);
    const prepared = request();
    if (prepared.errors) return showErrors(prepared.errors);
    setSending(true);
    setErrors({});
    setFormError(undefined);
    const response = await prepared.send();
    setSending(false);
    if (!response) return showErrors({}, tForms("networkError"));
    if (response.status === 200 || response.status === 201) {
      const saved = response.body as { fullName?: unknown } | null;
      const name = typeof saved?.fullName === "string" ? saved.fullName : values.fullName.trim();
      startTransition(() => {
        router.refresh();
        if (mode.kind === "create") {
          setValues(EMPTY);
          setSuccess(t("added", { name }));
        }
        props.onSaved?.(name);
      });
      return;
    }
    const error = readApiError(response.body);
    const fields = response.status === 400 ? fieldErrorsFromApi(error.fields) : {};
    const fieldMessages = FIELDS.some((field) => fields[field]);
    showErrors(fields, fieldMessages ? undefined : (error.message ?? tCommon("genericError")));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) void submit();
  };

  const isEdit = mode.kind === "edit";
  const submitLabel = pending ? t("saving") : isEdit ? t("save") : t("add");
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      aria-labelledby={props.labelledBy}
      aria-label={props.labelledBy ? undefined : props.label}
      aria-busy={pending}
      className="space-y-4"
    >
      <div className={isEdit ? "grid gap-4 sm:grid-cols-2" : "space-y-4"}>
        <TextField
          id={`${id}-name`}
          name="fullName"
          label={t("fullName")}
          autoComplete="off"
          maxLength={120}
          required
          autoFocus={props.autoFocus}
          value={values.fullName}
          onChange={(e) => update("fullName", e.target.value)}
          error={errors.fullName ? errorText(errors.fullName) : undefined}
        />
        <TextField
          id={`${id}-email`}
          name="email"
          type="email"
          inputMode="email"
          label={t("email")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={254}
          required
          value={values.email}
          onChange={(e) => update("email", e.target.value)}
          error={errors.email ? errorText(errors.email) : undefined}
        />
        <TextField
          id={`${id}-phone`}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          maxLength={30}
          label={
            <>
              {t("phone")} <span className="font-normal text-slate-600">({t("optional")})</span>
            </>
          }
          hint={t("phoneHint")}
          value={values.phone}
          onChange={(e) => update("phone", e.target.value)}
          error={errors.phone ? errorText(errors.phone) : undefined}
        />
        <ChoiceGroup
          name="type"
          legend={t("type")}
          choices={[
            { value: "owner", label: tDashboard("owner") },
            { value: "tenant", label: tDashboard("tenant") },
          ]}
          value={values.type}
          onChange={(value) => update("type", value)}
          error={errors.type ? errorText(errors.type) : undefined}
          errorId={`${id}-type-error`}
        />
      </div>

      <FormAlert>{formError}</FormAlert>

      <div className="flex flex-wrap items-center gap-2">
        <button
          type="submit"
          aria-disabled={pending}
          className={`${buttonStyles("primary", "md")} min-w-40 aria-disabled:cursor-progress aria-disabled:opacity-70`}
        >
          {submitLabel}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel} disabled={pending} className={buttonStyles("secondary", "md")}>
            {t("cancel")}
          </button>
        ) : null}
      </div>
      {isEdit ? null : <FormStatus>{success}</FormStatus>}
    </form>
  );
}
