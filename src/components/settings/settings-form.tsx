"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Controller, useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { FormInput } from "@/components/forms/bound-fields";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormAlert, FormStatus } from "@/components/forms/form-messages";
import { FieldFrame } from "@/components/forms/text-field";
import { useApiForm } from "@/components/forms/use-api-form";
import { PendingSubmit } from "@/components/forms/submit-button";
import { type Locale, locales } from "@/lib/i18n/locales";
import { type SettingsUpdateInput, settingsUpdateSchema } from "@/lib/schemas/settings";
import { contrastWithWhite, isHexColor } from "./contrast";
import { ThemePreview } from "./theme-preview";

export type SettingsValues = { name: string; themeColor: string; locale: Locale };

/** Same literal as `LOCALE_COOKIE` (src/server/i18n/get-request-locale.ts, a server-only module). */
const LOCALE_COOKIE = "locale";

const presets = [
  { color: "#2563eb", label: "presetBlue" },
  { color: "#0f766e", label: "presetTeal" },
  { color: "#15803d", label: "presetGreen" },
  { color: "#7c3aed", label: "presetPurple" },
  { color: "#be123c", label: "presetRose" },
  { color: "#334155", label: "presetSlate" },
] as const;

/** Each language named in itself. */
const languageNames: Record<Locale, string> = { es: "Español", en: "English" };

/** Only what changed, so a PATCH never rewrites what the admin did not touch (`{}` → "empty_update"). */
function changes(values: SettingsValues, saved: SettingsValues): Record<string, string> {
  const out: Record<string, string> = {};
  if (values.name.trim() !== saved.name) out.name = values.name;
  if (values.themeColor.trim().toLowerCase() !== saved.themeColor) out.themeColor = values.themeColor;
  if (values.locale !== saved.locale) out.locale = values.locale;
  return out;
}

/**
 * The form's schema: the API's own PATCH body (`settingsUpdateSchema`) of the fields that differ from
 * what is saved now (`saved()` follows the server's values after each save).
 */
function schemaFor(saved: () => SettingsValues): z.ZodType<SettingsUpdateInput, SettingsValues> {
  const values = z.object({ name: z.string(), themeColor: z.string(), locale: z.enum(locales) });
  const patch = settingsUpdateSchema as unknown as z.ZodType<SettingsUpdateInput, Record<string, string>>;
  return values.transform((v) => changes(v, saved())).pipe(patch) as unknown as z.ZodType<SettingsUpdateInput, SettingsValues>;
}

/**
 * The organization's name, theme colour (picker + hex code + suggestions, with a live preview and a
 * contrast warning) and language, with `useApiForm` (react-hook-form + the API's zod schema). Sends
 * only what changed (`PATCH /api/settings`), then refreshes the server tree: the shell repaints
 * `--brand` and the page re-renders in the new language. `cookieLocale` is the browser's own language
 * choice, which wins over the organization's; the form says so and offers to drop it.
 */
export function SettingsForm({ settings, cookieLocale }: { settings: SettingsValues; cookieLocale: Locale | null }) {
  const t = useTranslations("settingsPage");
  const router = useRouter();
  const savedRef = useRef(settings);
  useEffect(() => {
    savedRef.current = settings;
  }, [settings]);
  // The ref is read by the resolver when the form is submitted (an event), never while rendering.
  // eslint-disable-next-line react-hooks/refs
  const [schema] = useState(() => schemaFor(() => savedRef.current));
  const api = useApiForm<SettingsValues, SettingsUpdateInput>({ schema, defaultValues: settings });
  const { form, fieldError, formError, setFormError, idOf } = api;
  const [saved, setSaved] = useState(false);
  const [refreshing, startTransition] = useTransition();
  const pending = api.pending || refreshing;

  const [name, hex] = useWatch({ control: form.control, name: ["name", "themeColor"] });
  const [lastValidColor, setLastValidColor] = useState(settings.themeColor);
  const color = isHexColor(hex) ? hex.trim().toLowerCase() : lastValidColor;
  const contrast = contrastWithWhite(color);

  const edited = () => {
    setSaved(false);
    setFormError(undefined);
  };
  const changeColor = (value: string) => {
    form.setValue("themeColor", value);
    form.clearErrors("themeColor");
    edited();
    if (isHexColor(value)) setLastValidColor(value.trim().toLowerCase());
  };

  const submit = api.onSubmit(
    (body) => sendJson("PATCH", "/api/settings", body),
    () =>
      startTransition(() => {
        router.refresh();
        setSaved(true);
      }),
  );

  const dropBrowserLocale = () => {
    document.cookie = `${LOCALE_COOKIE}=; path=/; max-age=0; samesite=lax`;
    startTransition(() => router.refresh());
  };

  const colorHintId = idOf("color-hint");
  const contrastId = idOf("contrast");
  const lowContrast = contrast < 4.5;

  return (
    <form
      {...api.formProps(submit, { pending, onStart: () => setSaved(false) })}
      aria-label={t("formLabel")}
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start"
    >
      <div className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
        <div className="p-5">
          <FormInput
            api={api}
            name="name"
            rules={{ onChange: edited }}
            label={t("nameLabel")}
            hint={t("nameHint")}
            autoComplete="organization"
            maxLength={120}
            required
          />
        </div>

        <div className="p-5">
          <fieldset aria-describedby={colorHintId}>
            <legend className="text-sm font-medium text-slate-800">{t("colorLabel")}</legend>
            <p id={colorHintId} className="mt-0.5 text-xs text-slate-600">
              {t("colorHint")}
            </p>
            <div className="mt-4 flex flex-wrap items-start gap-4">
              <FieldFrame id={idOf("color")} label={t("pickColorLabel")}>
                {(aria) => (
                  <input
                    {...aria}
                    type="color"
                    value={color}
                    onChange={(e) => changeColor(e.target.value)}
                    className="mt-1.5 block h-10 w-16 cursor-pointer rounded-lg border border-slate-300 bg-white p-1 shadow-sm"
                  />
                )}
              </FieldFrame>
              <FormInput
                api={api}
                name="themeColor"
                rules={{ onChange: (e: { target: { value: string } }) => changeColor(e.target.value) }}
                label={t("hexLabel")}
                describedBy={lowContrast ? contrastId : undefined}
                className="w-40"
                inputClassName="font-mono"
                maxLength={7}
                spellCheck={false}
                autoComplete="off"
                autoCapitalize="none"
              />
            </div>
            <fieldset className="mt-4">
              <legend className="text-xs font-medium text-slate-600">{t("presetsLabel")}</legend>
              <div className="mt-1.5 flex flex-wrap gap-2">
                {presets.map((preset) => (
                  <button
                    key={preset.color}
                    type="button"
                    aria-label={t(preset.label)}
                    aria-pressed={color === preset.color}
                    title={t(preset.label)}
                    onClick={() => changeColor(preset.color)}
                    style={{ backgroundColor: preset.color }}
                    className="size-8 rounded-full ring-offset-2 transition-shadow hover:ring-2 hover:ring-slate-300 aria-pressed:ring-2 aria-pressed:ring-slate-900"
                  />
                ))}
              </div>
            </fieldset>
            <p
              id={contrastId}
              aria-live="polite"
              className={lowContrast ? "mt-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" : "sr-only"}
            >
              {lowContrast ? t("lowContrast", { ratio: contrast.toFixed(1) }) : ""}
            </p>
          </fieldset>
        </div>

        <div className="space-y-3 p-5">
          <Controller
            control={form.control}
            name="locale"
            render={({ field }) => (
              <ChoiceGroup
                name="locale"
                legend={t("localeLabel")}
                hint={t("localeHint")}
                hintId={idOf("locale-hint")}
                choices={[
                  { value: "es", label: languageNames.es, lang: "es" },
                  { value: "en", label: languageNames.en, lang: "en" },
                ]}
                value={field.value}
                onChange={(value) => {
                  field.onChange(value);
                  edited();
                }}
                error={fieldError("locale")}
                errorId={idOf("locale-error")}
              />
            )}
          />
          {cookieLocale && cookieLocale !== settings.locale ? (
            <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-sky-200 bg-sky-50 px-3 py-2.5 text-sm text-sky-950">
              <p>{t("cookieOverride", { language: languageNames[cookieLocale] })}</p>
              <button type="button" onClick={dropBrowserLocale} disabled={pending} className="font-semibold underline underline-offset-4">
                {t("useOrganizationLocale")}
              </button>
            </div>
          ) : null}
        </div>

        <div className="space-y-3 p-5">
          <FormAlert>{formError}</FormAlert>
          <div className="flex flex-wrap items-center gap-3">
            <PendingSubmit pending={pending}>{pending ? t("saving") : t("save")}</PendingSubmit>
          </div>
          <FormStatus>{saved ? t("saved") : undefined}</FormStatus>
        </div>
      </div>

      <aside className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm lg:sticky lg:top-6">
        <h2 className="text-sm font-semibold text-slate-800">{t("previewLabel")}</h2>
        <div className="mt-3">
          <ThemePreview color={color} name={name.trim()} />
        </div>
      </aside>
    </form>
  );
}
