"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import { z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { FormTextArea } from "@/components/forms/bound-fields";
import { DecisionBar } from "@/components/forms/decision-bar";
import { DialogButtons } from "@/components/forms/submit-button";
import { useApiForm } from "@/components/forms/use-api-form";
import { demoActionSchema, extendDemoSchema } from "@/lib/schemas/admin";

export type DemoAction = "extend" | "terminate" | "reset" | "reissue" | "convert";

type Values = { action: DemoAction; days: number; reason: string };

/**
 * The body of the chosen action, checked with the API's own schema: `extend` takes the days and the
 * note, the others only the note (the days field is ignored).
 */
const schema = z
  .object({ action: z.enum(["extend", "terminate", "reset", "reissue", "convert"]), days: z.number().or(z.nan()), reason: z.string() })
  .transform(({ action, days, reason }, ctx) => {
    const parsed = action === "extend" ? extendDemoSchema.safeParse({ days, reason }) : demoActionSchema.safeParse({ reason });
    if (parsed.success) return { action, body: parsed.data as Record<string, unknown> };
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    return z.NEVER;
  });

/**
 * The sales actions on one demo. Each button opens a confirmation dialog (with an optional note for
 * the audit log); confirming POSTs to `/api/admin/demos/[id]/<action>` (with `useApiForm` and the
 * API's schemas), shows the server's message or error, and refreshes the page's server data.
 */
export function DemoActions({
  organizationId,
  enabled,
  maxDays,
}: {
  organizationId: string;
  enabled: Record<DemoAction, boolean>;
  maxDays: number;
}) {
  const t = useTranslations("admin");
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialogOpen && !dialog?.open) dialog?.showModal();
    if (!dialogOpen && dialog?.open) dialog.close();
  }, [dialogOpen]);
  const api = useApiForm<Values, z.output<typeof schema>>({
    schema,
    defaultValues: { action: "extend", days: 5, reason: "" },
    errorText: () => t("actionFailed"),
    networkError: t("networkError"),
    genericError: t("actionFailed"),
  });
  const [action, days] = useWatch({ control: api.form.control, name: ["action", "days"] });
  const [done, setDone] = useState<string | null>(null);
  const validDays = extendDemoSchema.shape.days.safeParse(days).success;
  const shownDays = validDays ? days : 0;

  const copy: Record<DemoAction, { button: string; title: string; body: string; danger?: boolean }> = {
    extend: { button: t("extendButton", { days: shownDays }), title: t("extendTitle"), body: t("extendBody", { days: shownDays }) },
    terminate: { button: t("terminateButton"), title: t("terminateTitle"), body: t("terminateBody"), danger: true },
    reset: { button: t("resetButton"), title: t("resetTitle"), body: t("resetBody"), danger: true },
    reissue: { button: t("reissueButton"), title: t("reissueTitle"), body: t("reissueBody") },
    convert: { button: t("convertButton"), title: t("convertTitle"), body: t("convertBody") },
  };

  const open = (next: DemoAction) => {
    api.form.setValue("action", next);
    api.form.setValue("reason", "");
    api.setFormError(undefined);
    setDone(null);
    setDialogOpen(true);
  };

  const confirm = api.onSubmit(
    async ({ action: chosen, body }) => {
      const response = await sendJson("POST", `/api/admin/demos/${organizationId}/${chosen}`, body);
      setDialogOpen(false);
      return response;
    },
    (response) => {
      const message = (response.body as { message?: unknown } | null)?.message;
      setDone(typeof message === "string" ? message : t("actionDone"));
      router.refresh();
    },
  );

  const busy = api.pending;
  const others: DemoAction[] = ["terminate", "reset", "reissue", "convert"];
  return (
    <>
      <DecisionBar
        id={api.idOf("days")}
        days={{
          label: t("daysLabel"),
          max: maxDays,
          field: api.form.register("days", { valueAsNumber: true }),
          error: api.fieldError("days"),
        }}
        decisions={[
          {
            key: "extend",
            label: copy.extend.button,
            primary: true,
            disabled: !enabled.extend || !validDays,
            onClick: () => open("extend"),
          },
          ...others.map((a) => ({ key: a, label: copy[a].button, disabled: !enabled[a], onClick: () => open(a) })),
        ]}
        busy={busy}
        workingText={t("working")}
        result={done ? { ok: true, text: done } : api.formError ? { ok: false, text: api.formError } : null}
        resultTestId="action-result"
      />
      <dialog
        ref={dialogRef}
        aria-labelledby={api.idOf("title")}
        onCancel={(e) => {
          if (busy) e.preventDefault();
        }}
        onClose={() => setDialogOpen(false)}
        className="m-auto w-full max-w-md rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form {...api.formProps(confirm, { pending: busy })} className="flex flex-col gap-4 p-5">
          <h2 id={api.idOf("title")} className="text-lg font-semibold text-slate-900">
            {copy[action].title}
          </h2>
          <p className="text-sm text-slate-700">{copy[action].body}</p>
          <FormTextArea api={api} name="reason" label={t("reasonLabel")} maxLength={500} rows={2} />
          <DialogButtons
            pending={busy}
            pendingLabel={t("working")}
            submitLabel={t("confirm")}
            cancelLabel={t("cancel")}
            onCancel={() => setDialogOpen(false)}
            submitClassName={copy[action].danger ? "bg-red-700 hover:bg-red-800" : ""}
          />
        </form>
      </dialog>
    </>
  );
}
