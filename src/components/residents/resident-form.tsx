"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Controller } from "react-hook-form";
import { useLocale, useTranslations } from "use-intl";
import { z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormAlert, FormStatus } from "@/components/forms/form-messages";
import { TextField } from "@/components/forms/text-field";
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
  const id = useId();
  const [schema] = useState(() => schemaFor(mode));
  const {
    form,
    fieldError,
    formError,
    pending: sending,
    onSubmit,
  } = useApiForm<Values, Record<string, unknown>>({
    schema,
    defaultValues: mode.kind === "edit" ? valuesOf(mode.resident) : { ...EMPTY, unitId: mode.unitId },
  });
  const [success, setSuccess] = useState<string>();
  const [refreshing, startTransition] = useTransition();
  const pending = sending || refreshing;

  const submit = onSubmit(
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
      noValidate
      onSubmit={(event) => {
        setSuccess(undefined);
        if (pending) event.preventDefault();
        else void submit(event);
      }}
      aria-labelledby={props.labelledBy}
      aria-label={props.labelledBy ? undefined : props.label}
      aria-busy={pending}
      className="space-y-4"
    >
      <div className={isEdit ? "grid gap-4 sm:grid-cols-2" : "space-y-4"}>
        <TextField
          id={`${id}-name`}
          label={t("fullName")}
          autoComplete="off"
          maxLength={120}
          required
          autoFocus={props.autoFocus}
          {...form.register("fullName")}
          error={fieldError("fullName")}
        />
        <TextField
          id={`${id}-email`}
          type="email"
          inputMode="email"
          label={t("email")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={254}
          required
          {...form.register("email")}
          error={fieldError("email")}
        />
        <TextField
          id={`${id}-phone`}
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
          {...form.register("phone")}
          error={fieldError("phone")}
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
              errorId={`${id}-type-error`}
            />
          )}
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
