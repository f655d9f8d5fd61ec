"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { errorMessage, sendJson } from "@/components/api/send-json";
import { buttonStyles } from "@/components/ui/button-styles";
import { assemblyCreateSchema, MAX_AGENDA_ITEMS } from "@/lib/schemas/assemblies";
import { AgendaItemFields, type ItemDraft } from "./agenda-item-fields";
import { choiceStyles, errorStyles, hintStyles, inputStyles, labelStyles } from "./field-styles";
import { fromBogotaInputValue } from "@/lib/time-zone";
import { NoCreditsPanel } from "./no-credits-panel";
import { useAssemblyMessage, usePageLocale } from "./use-assembly-message";

type FormProps = {
  /** Credits the organization has now (at least 1: the page shows `NoCreditsPanel` otherwise). */
  credits: number;
  /** `datetime-local` values in Bogotá time: a suggested date, and the allowed range. */
  defaultScheduledAt: string;
  minScheduledAt: string;
  maxScheduledAt: string;
};

type Phase = "editing" | "submitting" | "created";
/** Field errors by schema path ("title", "agenda.1.title"), as translated text. */
type Errors = Record<string, string>;

/**
 * /dashboard/admin-ph/assemblies/new: title, type, date and time (Bogotá), location and the agenda
 * (add, remove, reorder; each item voted or not, simple or qualified majority). Validated with
 * `assemblyCreateSchema` before sending; `POST /api/assemblies` spends the credit, so the form says so
 * beside the button. On 201 it opens the new assembly; a 409 `no_credits` shows the sales panel.
 */
export function AssemblyForm({ credits, defaultScheduledAt, minScheduledAt, maxScheduledAt }: FormProps) {
  const t = useTranslations("assemblies");
  const tCommon = useTranslations("common");
  const locale = usePageLocale();
  const translateKey = useAssemblyMessage();
  const router = useRouter();
  const id = useId();

  const [title, setTitle] = useState("");
  const [type, setType] = useState<"ordinary" | "extraordinary">("ordinary");
  const [scheduledAt, setScheduledAt] = useState(defaultScheduledAt);
  const [location, setLocation] = useState("");
  const [items, setItems] = useState<ItemDraft[]>(() => [
    { key: "item-1", title: t("defaultQuorumItem"), description: t("defaultQuorumDescription"), requiresVote: false, majority: "simple" },
    { key: "item-2", title: "", description: "", requiresVote: true, majority: "simple" },
  ]);
  const nextKey = useRef(3);
  const [errors, setErrors] = useState<Errors>({});
  const [phase, setPhase] = useState<Phase>("editing");
  const [failure, setFailure] = useState<{ kind: "no_credits" | "error"; message: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Moving or removing an item re-renders the list; focus then goes to the control that makes sense.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const fieldId = (path: string) => `${id}-${path}`;
  const errorCount = Object.keys(errors).length;

  const updateItem = (key: string, patch: Partial<ItemDraft>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const moveItem = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= items.length) return;
    const moved = items[index]!;
    const next = [...items];
    next[index] = next[target]!;
    next[target] = moved;
    setItems(next);
    setErrors({});
    const atEdge = target === 0 || target === items.length - 1;
    const direction = atEdge ? (delta < 0 ? "down" : "up") : delta < 0 ? "up" : "down";
    focusAfterRender.current = fieldId(`${moved.key}-${direction}`);
    setAnnouncement(t("itemMoved", { position: target + 1 }));
  };

  const removeItem = (index: number) => {
    if (items.length <= 1) return;
    const next = items.filter((_, i) => i !== index);
    setItems(next);
    setErrors({});
    const neighbour = next[Math.min(index, next.length - 1)]!;
    focusAfterRender.current = fieldId(`${neighbour.key}-title`);
    setAnnouncement(t("itemRemoved", { count: next.length }));
  };

  const addItem = () => {
    if (items.length >= MAX_AGENDA_ITEMS) return;
    const key = `item-${nextKey.current++}`;
    setItems([...items, { key, title: "", description: "", requiresVote: true, majority: "simple" }]);
    focusAfterRender.current = fieldId(`${key}-title`);
    setAnnouncement(t("itemAdded", { position: items.length + 1 }));
  };

  /** Schema paths ("agenda.1.title") → the id of the control to focus ("…-item-7-title"). */
  const controlOf = (path: string) => {
    const match = /^agenda\.(\d+)\.(\w+)$/.exec(path);
    if (!match) return fieldId(path === "agenda" ? "add" : path);
    const item = items[Number(match[1])];
    return item ? fieldId(`${item.key}-${match[2] === "description" ? "description" : "title"}`) : fieldId("add");
  };

  const showErrors = (found: Record<string, string[]>) => {
    const next: Errors = {};
    for (const [path, keys] of Object.entries(found)) next[path] = translateKey(keys[0] ?? "");
    setErrors(next);
    const order = [
      "title",
      "type",
      "scheduledAt",
      "location",
      ...items.flatMap((_, i) => [`agenda.${i}.title`, `agenda.${i}.description`, `agenda.${i}.majority`]),
      "agenda",
    ];
    const first = order.find((path) => next[path]) ?? Object.keys(next)[0];
    if (first) document.getElementById(controlOf(first))?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (phase !== "editing") return;
    setFailure(null);
    const payload = {
      title,
      type,
      scheduledAt: fromBogotaInputValue(scheduledAt),
      location,
      agenda: items.map((item) => ({
        title: item.title,
        description: item.description,
        requiresVote: item.requiresVote,
        majority: item.requiresVote ? item.majority : "simple",
      })),
    };
    const parsed = assemblyCreateSchema.safeParse(payload);
    if (!parsed.success) {
      const found: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (found[issue.path.join(".") || "_"] ??= []).push(issue.message);
      showErrors(found);
      return;
    }
    setErrors({});
    setPhase("submitting");
    const response = await sendJson("POST", "/api/assemblies", { ...payload, locale });
    if (response?.status === 201) {
      const created = response.body as { assembly: { id: string } };
      setPhase("created");
      router.push(`/dashboard/admin-ph/assemblies/${created.assembly.id}`);
      return;
    }
    setPhase("editing");
    if (!response) return setFailure({ kind: "error", message: t("networkError") });
    const body = response.body as { error?: { code?: string; fields?: Record<string, string[]> } } | null;
    if (body?.error?.code === "no_credits") return setFailure({ kind: "no_credits", message: errorMessage(body) ?? t("noCredits") });
    if (body?.error?.fields) showErrors(body.error.fields);
    setFailure({ kind: "error", message: errorMessage(body) ?? tCommon("genericError") });
  };

  if (failure?.kind === "no_credits") return <NoCreditsPanel locale={locale} message={failure.message} />;

  const busy = phase !== "editing";
  const errorProps = (path: string) =>
    errors[path] ? { "aria-invalid": true as const, "aria-describedby": `${fieldId(path)}-error` } : {};
  const fieldError = (path: string) =>
    errors[path] ? (
      <p id={`${fieldId(path)}-error`} className={errorStyles}>
        {errors[path]}
      </p>
    ) : null;

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-busy={busy}
      className="flex flex-col gap-6"
      data-testid="assembly-form"
    >
      {errorCount > 0 ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">
          {t("fixErrors", { count: errorCount })}
        </p>
      ) : null}
      {failure ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm font-medium text-red-800">
          {failure.message}
        </p>
      ) : null}

      <section aria-labelledby={fieldId("details-heading")} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id={fieldId("details-heading")} className="text-lg font-semibold text-slate-900">
          {t("sectionDetails")}
        </h2>
        <div className="mt-4 grid gap-5 md:grid-cols-2">
          <div className="md:col-span-2">
            <label htmlFor={fieldId("title")} className={labelStyles}>
              {t("fieldTitle")}
            </label>
            <input
              id={fieldId("title")}
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              maxLength={160}
              required
              autoComplete="off"
              placeholder={t("fieldTitlePlaceholder")}
              className={inputStyles}
              {...errorProps("title")}
            />
            {fieldError("title")}
          </div>

          <fieldset className="md:col-span-2" {...(errors.type ? { "aria-describedby": `${fieldId("type")}-error` } : {})}>
            <legend className={labelStyles}>{t("fieldType")}</legend>
            <div className="mt-1.5 grid gap-3 sm:grid-cols-2">
              {(["ordinary", "extraordinary"] as const).map((value) => (
                <label key={value} className={choiceStyles}>
                  <input
                    type="radio"
                    name={fieldId("type")}
                    id={value === "ordinary" ? fieldId("type") : undefined}
                    value={value}
                    checked={type === value}
                    onChange={() => setType(value)}
                    className="mt-0.5 size-4 accent-[var(--brand)]"
                    aria-labelledby={fieldId(`type-${value}`)}
                    aria-describedby={fieldId(`type-${value}-hint`)}
                  />
                  <span>
                    <span id={fieldId(`type-${value}`)} className="block font-medium text-slate-900">
                      {value === "ordinary" ? t("typeOrdinary") : t("typeExtraordinary")}
                    </span>
                    <span id={fieldId(`type-${value}-hint`)} className="block text-xs text-slate-600">
                      {value === "ordinary" ? t("typeOrdinaryHint") : t("typeExtraordinaryHint")}
                    </span>
                  </span>
                </label>
              ))}
            </div>
            {fieldError("type")}
          </fieldset>

          <div>
            <label htmlFor={fieldId("scheduledAt")} className={labelStyles}>
              {t("fieldDate")}
            </label>
            <input
              id={fieldId("scheduledAt")}
              type="datetime-local"
              value={scheduledAt}
              min={minScheduledAt}
              max={maxScheduledAt}
              onChange={(event) => setScheduledAt(event.target.value)}
              required
              className={inputStyles}
              aria-describedby={[`${fieldId("scheduledAt")}-hint`, errors.scheduledAt ? `${fieldId("scheduledAt")}-error` : ""]
                .join(" ")
                .trim()}
              aria-invalid={errors.scheduledAt ? true : undefined}
            />
            <p id={`${fieldId("scheduledAt")}-hint`} className={hintStyles}>
              {t("fieldDateHint")}
            </p>
            {fieldError("scheduledAt")}
          </div>

          <div>
            <label htmlFor={fieldId("location")} className={labelStyles}>
              {t("fieldLocation")}
            </label>
            <input
              id={fieldId("location")}
              value={location}
              onChange={(event) => setLocation(event.target.value)}
              maxLength={160}
              required
              placeholder={t("fieldLocationPlaceholder")}
              className={inputStyles}
              {...errorProps("location")}
            />
            {fieldError("location")}
          </div>
        </div>
      </section>

      <section aria-labelledby={fieldId("agenda-heading")} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id={fieldId("agenda-heading")} className="text-lg font-semibold text-slate-900">
          {t("agendaTitle")}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t("agendaHint")}</p>
        <ol className="mt-4 flex flex-col gap-4">
          {items.map((item, index) => (
            <li key={item.key}>
              <AgendaItemFields
                item={item}
                position={index + 1}
                count={items.length}
                idOf={(part) => fieldId(`${item.key}-${part}`)}
                errors={{
                  title: errors[`agenda.${index}.title`],
                  description: errors[`agenda.${index}.description`],
                  majority: errors[`agenda.${index}.majority`],
                }}
                onChange={(patch) => updateItem(item.key, patch)}
                onMove={(delta) => moveItem(index, delta)}
                onRemove={() => removeItem(index)}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          id={fieldId("add")}
          onClick={addItem}
          disabled={items.length >= MAX_AGENDA_ITEMS}
          className={`${buttonStyles("secondary")} mt-4 w-full sm:w-auto`}
          {...(errors.agenda ? { "aria-describedby": `${fieldId("agenda")}-error` } : {})}
        >
          <span aria-hidden="true">+</span> {t("addItem")}
        </button>
        {fieldError("agenda")}
      </section>

      <div className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <div className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950" data-testid="credit-notice">
          <p className="font-semibold">{t("creditNotice")}</p>
          <p className="mt-0.5">{t("creditNoticeDetail", { left: Math.max(0, credits - 1) })}</p>
        </div>
        <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-end">
          <Link href="/dashboard/admin-ph/assemblies" className={`${buttonStyles("ghost")} sm:w-auto`}>
            {t("cancel")}
          </Link>
          <button type="submit" disabled={busy} className={`${buttonStyles("primary", "lg")} sm:w-auto`}>
            {busy ? <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" /> : null}
            {phase === "editing" ? t("submit") : phase === "submitting" ? t("submitting") : t("created")}
          </button>
        </div>
        <p role="status" className="text-right text-sm font-medium text-slate-700 empty:hidden" data-testid="form-progress">
          {phase === "submitting" ? t("submitting") : phase === "created" ? t("created") : ""}
        </p>
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </form>
  );
}
