"use client";

import { lazy, Suspense, useState } from "react";
import { useTranslations } from "use-intl";
import { buttonStyles } from "@/components/ui/button-styles";

// The form's code (react-hook-form, zod) is fetched on intent — pointer, focus or click — not with every
// dashboard page the banner is on (docs/performance.md).
const loadDialog = () => import("./request-more-time-dialog");
const RequestMoreTimeDialog = lazy(loadDialog);

/**
 * "Pedir más tiempo": a button that opens a dialog with an optional message and POSTs
 * `/api/demo/extension-requests`; the server's answer (approved with the new date, queued for sales, or
 * why not — e.g. a request already pending) is shown in place, beside the button. An approval reloads
 * the page so the countdown (or the expired screen) reflects the new expiry.
 * Client component: needs the `common`, `forms` and `moreTime` message namespaces.
 * @param variant "link" (inline, in the banner) or "button" (the expired page).
 */
export function RequestMoreTimeForm({ variant = "link" }: { variant?: "link" | "button" }) {
  const t = useTranslations("moreTime");
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-center gap-1">
      <button
        type="button"
        className={variant === "link" ? "font-semibold underline" : buttonStyles("secondary", "md")}
        onClick={() => {
          setResult(null);
          setOpen(true);
        }}
        onPointerEnter={loadDialog}
        onFocus={loadDialog}
        data-testid="request-more-time"
      >
        {t("button")}
      </button>
      <span aria-live="polite" role="status">
        {result ? (
          <span data-testid="more-time-result" className="block rounded bg-emerald-50 px-2 py-1 text-sm text-emerald-900">
            {result}
          </span>
        ) : null}
      </span>
      {open ? (
        <Suspense fallback={null}>
          <RequestMoreTimeDialog onResult={setResult} onClosed={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </span>
  );
}
