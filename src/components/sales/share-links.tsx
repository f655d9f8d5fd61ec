"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { useFormatter, useTranslations } from "use-intl";
import { useApiAction } from "@/components/forms/use-api-action";
import { FormAlert, FormStatus } from "@/components/forms/form-messages";
import { inputStyles, labelStyles } from "@/components/forms/styles";
import { buttonStyles } from "@/components/ui/button-styles";
import { DataTable } from "@/components/ui/data-table";
import { APP_TIME_ZONE } from "@/lib/time-zone";

/** A share link as `GET /api/share-links` lists it. */
export type ShareLinkItem = { id: string; createdAt: string; revokedAt: string | null; viewCount: number; active: boolean };

/**
 * "Compartir con el consejo" (docs/sales.md#share-links): creates a read-only link to the demo
 * (`POST /api/share-links`), shows its URL once with a copy button (only a hash of the token is kept),
 * lists the demo's links with their views, and revokes one (`DELETE /api/share-links/{id}`). The list
 * comes from the server page and is refreshed after each change.
 * Client component: needs the `common` and `shareLinks` message namespaces.
 * @param expiresAt the demo's expiry (ISO), which is also the links' expiry; null for a demo that never expires.
 */
export function ShareLinks({ links, expiresAt }: { links: ShareLinkItem[]; expiresAt: string | null }) {
  const t = useTranslations("shareLinks");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const [created, setCreated] = useState<string>();
  const [status, setStatus] = useState<string>();
  const action = useApiAction({ networkError: t("failed"), failed: t("failed") });
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const busy = action.pending ? busyKey : null;
  const [, startTransition] = useTransition();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone: APP_TIME_ZONE });

  /** Runs one of the panel's actions (`key` names its button while it runs), then refreshes the list. */
  const act = (key: string, request: { method: "POST" | "DELETE"; url: string }, onDone: (body: unknown) => void) => {
    setBusyKey(key);
    setStatus(undefined);
    return action.run(request, (response) => {
      onDone(response.body);
      startTransition(() => router.refresh());
    });
  };

  const create = () =>
    act("create", { method: "POST", url: "/api/share-links" }, (body) => {
      const url = (body as { url?: unknown } | null)?.url;
      if (typeof url === "string") setCreated(url);
      setStatus(t("created"));
    });

  const revoke = (linkId: string) =>
    act(linkId, { method: "DELETE", url: `/api/share-links/${linkId}` }, () => {
      setCreated(undefined);
      setStatus(t("revoked"));
    });

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created);
      setStatus(t("copied"));
    } catch {
      // Clipboard refused (permissions): the field stays selected for a manual copy.
      document.getElementById(`${id}-url`)?.focus();
    }
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
      data-testid="share-links"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-slate-600">{t("description")}</p>
      {expiresAt ? <p className="mt-1 text-sm text-slate-600">{t("expiresOn", { date: when(expiresAt) })}</p> : null}
      <div className="mt-4 space-y-3">
        <button type="button" onClick={() => void create()} disabled={busy !== null} className={buttonStyles("primary")}>
          {busy === "create" ? t("creating") : t("create")}
        </button>
        <FormStatus>{status}</FormStatus>
        <FormAlert>{action.error}</FormAlert>
        {created ? (
          <div>
            <label htmlFor={`${id}-url`} className={labelStyles}>
              {t("urlLabel")}
            </label>
            <div className="mt-1.5 flex flex-wrap gap-2">
              <input
                id={`${id}-url`}
                readOnly
                value={created}
                onFocus={(e) => e.currentTarget.select()}
                className={`${inputStyles} min-w-0 flex-1 font-mono`}
              />
              <button type="button" onClick={() => void copy()} className={buttonStyles("secondary")}>
                {t("copy")}
              </button>
            </div>
          </div>
        ) : null}
      </div>
      <h3 className="mt-6 text-base font-semibold text-slate-900">{t("listTitle")}</h3>
      {links.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <DataTable
          caption={t("listTitle")}
          frameClassName="mt-2 overflow-x-auto"
          rows={links}
          rowKey={(link) => link.id}
          rowTestId="share-link-row"
          columns={[
            { key: "created", header: t("colCreated"), cell: (link) => when(link.createdAt), className: "whitespace-nowrap" },
            {
              key: "views",
              header: t("colViews"),
              cell: (link) => <span data-testid="share-link-views">{link.viewCount}</span>,
              className: "tabular-nums",
            },
            { key: "status", header: t("colStatus"), cell: (link) => (link.active ? t("statusActive") : t("statusRevoked")) },
            {
              key: "actions",
              header: <span className="sr-only">{t("colActions")}</span>,
              align: "right",
              cell: (link) =>
                link.active ? (
                  <button
                    type="button"
                    onClick={() => void revoke(link.id)}
                    disabled={busy !== null}
                    aria-label={t("revokeLabel", { date: when(link.createdAt) })}
                    className={buttonStyles("secondary", "sm")}
                  >
                    {busy === link.id ? t("revoking") : t("revoke")}
                  </button>
                ) : null,
            },
          ]}
        />
      )}
    </section>
  );
}
