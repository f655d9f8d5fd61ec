"use client";

import QRCode from "qrcode";
import { useEffect, useId, useState } from "react";
import { useTranslations } from "use-intl";
import { buttonStyles } from "@/components/ui/button-styles";
import type { VoterLinkView } from "@/server/assemblies/list-voter-links";
import { SelectField } from "@/components/forms/text-field";

/**
 * The voter links of an assembly: a QR code (the `qrcode` package, drawn as SVG) that opens the chosen
 * unit's link on a phone, the link to copy or open, and the full list.
 */
export function VoterLinksPanel({ links }: { links: VoterLinkView[] }) {
  const t = useTranslations("live");
  const id = useId();
  const [unitId, setUnitId] = useState(links[0]?.unitId);
  const [svg, setSvg] = useState<string>();
  const [copied, setCopied] = useState(false);
  const link = links.find((l) => l.unitId === unitId) ?? links[0];

  useEffect(() => {
    if (!link) return;
    let current = true;
    void QRCode.toString(link.url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then((markup) => {
      if (current) setSvg(markup);
    });
    return () => {
      current = false;
    };
  }, [link]);

  if (!link) return null;
  const label = `${link.tower} ${link.unitNumber}`;
  return (
    <section
      aria-labelledby={`${id}-heading`}
      data-testid="voter-links"
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id={`${id}-heading`} className="text-base font-semibold text-slate-900">
        {t("linksTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("linksHint")}</p>
      <SelectField
        id={`${id}-unit`}
        label={t("qrUnit")}
        value={link.unitId}
        onChange={(event) => {
          setUnitId(event.target.value);
          setCopied(false);
        }}
      >
        {links.map((l) => (
          <option key={l.unitId} value={l.unitId}>
            {l.tower} {l.unitNumber}
          </option>
        ))}
      </SelectField>
      {svg ? (
        <div
          role="img"
          aria-label={t("qrLabel", { unit: label })}
          data-testid="voter-qr"
          className="mx-auto w-48 max-w-full [&>svg]:h-auto [&>svg]:w-full"
          // The markup is generated locally by the qrcode package from our own URL, never from input.
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <a href={link.url} target="_blank" rel="noopener" data-testid="voter-link" className={buttonStyles("secondary", "sm")}>
          {t("openLink")}
        </a>
        <button
          type="button"
          className={buttonStyles("secondary", "sm")}
          onClick={() => void navigator.clipboard?.writeText(link.url).then(() => setCopied(true))}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-slate-800">{t("allLinks", { count: links.length })}</summary>
        <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto">
          {links.map((l) => (
            <li key={l.unitId} className="flex gap-2">
              <span className="w-20 shrink-0 text-slate-700">
                {l.tower} {l.unitNumber}
              </span>
              <a href={l.url} className="truncate text-[var(--brand)] underline" target="_blank" rel="noopener">
                {l.url}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
