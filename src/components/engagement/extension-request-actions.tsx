"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import { sendJson } from "@/components/api/send-json";
import { DecisionBar } from "@/components/forms/decision-bar";
import { useApiForm } from "@/components/forms/use-api-form";
import { decideExtensionRequestSchema } from "@/lib/schemas/engagement";

type Values = { days: number };
const daysSchema = decideExtensionRequestSchema.shape.days.unwrap();

/** Days to grant, checked with the API's own schema. */
const schema = decideExtensionRequestSchema as unknown as z.ZodType<z.output<typeof decideExtensionRequestSchema>, Values>;

/**
 * Approve (with a number of days) or deny one pending request for more time
 * (`POST /api/admin/extension-requests/[id]/{approve,deny}`); shows the server's answer — a cap of the
 * extend action refuses in its own words — and refreshes the console's data.
 */
export function ExtensionRequestActions({ requestId, defaultDays }: { requestId: string; defaultDays: number }) {
  const t = useTranslations("adminEngagement");
  const router = useRouter();
  const api = useApiForm<Values, z.output<typeof schema>>({
    schema,
    defaultValues: { days: defaultDays },
    errorText: () => t("failed"),
    networkError: t("networkError"),
    genericError: t("failed"),
  });
  const days = useWatch({ control: api.form.control, name: "days" });
  const [done, setDone] = useState<string | null>(null);
  const validDays = daysSchema.safeParse(days).success;

  const decide = (action: "approve" | "deny") => {
    setDone(null);
    api.setFormError(undefined);
    const send = api.onSubmit(
      (body) => sendJson("POST", `/api/admin/extension-requests/${requestId}/${action}`, action === "approve" ? body : {}),
      (response) => {
        const message = (response.body as { message?: unknown } | null)?.message;
        setDone(typeof message === "string" ? message : t("failed"));
        router.refresh();
      },
    );
    void send();
  };

  return (
    <DecisionBar
      id={api.idOf("days")}
      days={{ label: t("daysLabel"), max: 365, field: api.form.register("days", { valueAsNumber: true }), error: api.fieldError("days") }}
      decisions={[
        {
          key: "approve",
          label: t("approve", { days: validDays ? days : 0 }),
          primary: true,
          disabled: !validDays,
          onClick: () => decide("approve"),
        },
        { key: "deny", label: t("deny"), onClick: () => decide("deny") },
      ]}
      busy={api.pending}
      workingText={t("working")}
      result={done ? { ok: true, text: done } : api.formError ? { ok: false, text: api.formError } : null}
      resultTestId="request-action-result"
      compact
    />
  );
}
