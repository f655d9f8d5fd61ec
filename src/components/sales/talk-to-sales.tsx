"use client";

import { lazy, Suspense, useState } from "react";
import { useTranslations } from "use-intl";
import { buttonStyles } from "@/components/ui/button-styles";
import type { ContactSource } from "@/lib/schemas/sales";

// The form's code (react-hook-form, zod, the fields) is fetched when the visitor shows intent — a
// pointer over the button, focus, or the click — not with every page the button sits on
// (docs/performance.md).
const loadDialog = () => import("./talk-to-sales-dialog");
const TalkToSalesDialog = lazy(loadDialog);

/**
 * "Hablar con ventas" (docs/sales.md#talk-to-sales): a button that opens a modal dialog with a short
 * form — message (required), phone and preferred time (optional) and, without a session (the chatbot,
 * `askEmail`), the email and name — sent to `POST /api/sales/contact-requests`. On success the dialog
 * says so; the request is then in the sales console, in the sales inbox and on its way to the CRM.
 * Each opening starts from an empty form.
 * Client component: needs the `common`, `forms` and `talkToSales` message namespaces.
 * @param source where it is placed: "chatbot" | "banner" | "no_credits" | "expired".
 * @param askEmail ask for the email and name (no session); default: only when `source` is "chatbot".
 * @param className the opening button's classes (default: a primary button).
 */
export function TalkToSales({ source, askEmail, className }: { source: ContactSource; askEmail?: boolean; className?: string }) {
  const t = useTranslations("talkToSales");
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        onPointerEnter={loadDialog}
        onFocus={loadDialog}
        className={className ?? buttonStyles("primary")}
        data-testid={`talk-to-sales-${source}`}
      >
        {t("open")}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <TalkToSalesDialog source={source} withEmail={askEmail ?? source === "chatbot"} onClosed={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
