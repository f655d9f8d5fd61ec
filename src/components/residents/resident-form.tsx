"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Controller } from "react-hook-form";
import { useLocale, useTranslations } from "use-intl";
import { z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { FormInput } from "@/components/forms/bound-fields";
import { emailInput, phoneInput } from "@/components/forms/input-presets";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormAlert, FormStatus } from "@/components/forms/form-messages";
import { PendingSubmit } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
import { buttonStyles } from "@/components/ui/button-styles";
import { type ResidentTypeValue, residentCreateSchema, residentUpdateSchema } from "@/lib/schemas/residents";
import type { ResidentView } from "./types";

type Mode = { kind: "create"; unitId: string } | { kind: "edit"; resident: ResidentView };
type Values = { unitId?: string; fullName: string; email: string; phone: string; type: ResidentTypeValue };

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

/** The form's schema: the API's own — the create body, or the PATCH body of the changed fields only. */
function schemaFor(mode: Mode): z.ZodType<Record<string, unknown>, Values> {
  if (mode.kind === "create") return residentCreateSchema as unknown as z.ZodType<Record<string, unknown>, Values>;
  const values = z.object({ fullName: z.string(), email: z.string(), phone: z.string(), type: z.enum(["owner", "tenant"]) });
  const patch = residentUpdateSchema as unknown as z.ZodType<Record<string, unknown>, Record<string, string>>;
  return values.transform((v) => changes(v, mode.resident)).pipe(patch) as unknown as z.ZodType<Record<string, unknown>, Values>;
}

/**
 * Adds a resident to a unit (`POST /api/residents`) or edits one (`PATCH /api/residents/[id]`, only the
 * changed fields), with `useApiForm`: the same zod schemas as the API, field codes as localized text
 * (`forms`), server refusals (409 duplicate email, last owner…) in the server's words. On success the
 * server tree is refreshed in the same transition as the form's own update, so the list and the
 * confirmation appear together.
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
  const locale = useLocale();
  const router = useRouter();
  const [schema] = useState(() => schemaFor(mode));
  const api = useApiForm<Values, Record<string, unknown>>({
    schema,
    defaultValues: mode.kind === "edit" ? valuesOf(mode.resident) : { ...EMPTY, unitId: mode.unitId },
  });
  const { form, fieldError, formError, idOf } = api;
  const [success, setSuccess] = useState<string>();
  const [refreshing, startTransition] = useTransition();
  const pending = api.pending || refreshing;

  const submit = api.onSubmit(
    (body) =>
      mode.kind === "create"
        ? sendJson("POST", "/api/residents", { ...body, locale })
        : sendJson("PATCH", `/api/residents/${mode.resident.id}`, { ...body, locale }),
    (response) => {
      const saved = response.body as { fullName?: unknown } | null;
      const name = typeof saved?.fullName === "string" ? saved.fullName : form.getValues("fullName").trim();
      startTransition(() => {
        router.refresh();
        if (mode.kind === "create") {
          form.reset({ ...EMPTY, unitId: mode.unitId });
          setSuccess(t("added", { name }));
        }
        props.onSaved?.(name);
      });
    },
  );

  const isEdit = mode.kind === "edit";
  const submitLabel = pending ? t("saving") : isEdit ? t("save") : t("add");
  return (
    <form
      {...api.formProps(submit, { pending, onStart: () => setSuccess(undefined) })}
      aria-labelledby={props.labelledBy}
      aria-label={props.labelledBy ? undefined : props.label}
      className="space-y-4"
    >
      <div className={isEdit ? "grid gap-4 sm:grid-cols-2" : "space-y-4"}>
        <FormInput
          api={api}
          name="fullName"
          label={t("fullName")}
          autoComplete="off"
          maxLength={120}
          required
          autoFocus={props.autoFocus}
        />
        <FormInput api={api} name="email" label={t("email")} autoComplete="off" required {...emailInput} />
        <FormInput
          api={api}
          name="phone"
          autoComplete="off"
          {...phoneInput}
          label={
            <>
              {t("phone")} <span className="font-normal text-slate-600">({t("optional")})</span>
            </>
          }
          hint={t("phoneHint")}
        />
        <Controller
          control={form.control}
          name="type"
          render={({ field }) => (
            <ChoiceGroup
              name={field.name}
              legend={t("type")}
              choices={[
                { value: "owner", label: tDashboard("owner") },
                { value: "tenant", label: tDashboard("tenant") },
              ]}
              value={field.value}
              onChange={field.onChange}
              error={fieldError("type")}
              errorId={idOf("type-error")}
            />
          )}
        />
      </div>

      <FormAlert>{formError}</FormAlert>

      <div className="flex flex-wrap items-center gap-2">
        <PendingSubmit pending={pending}>{submitLabel}</PendingSubmit>
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
