"use client";

import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { buttonStyles } from "@/components/ui/button-styles";
import { type LeadProfileValue, leadProfiles } from "@/lib/validation";
import type { Messages } from "@/lib/i18n/messages.es";

const inputStyles =
  "block w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand focus:outline-2 focus:outline-offset-0 focus:outline-brand/30 disabled:bg-slate-50 aria-invalid:border-red-500 sm:text-sm";

const labelStyles = "mb-1.5 block text-xs font-medium text-slate-600";

/** Message key of each profile's button and of the visitor's answer in the log. */
export const profileLabelKeys = {
  admin_ph: "profileAdminPh",
  demo_only: "profileDemoOnly",
  resident: "profileResident",
  sales: "profileSales",
} as const satisfies Record<LeadProfileValue, keyof Messages["chatbot"]>;

/** Step 1: the four profiles as buttons. */
export function ProfileChoices({ onChoose }: { onChoose: (profile: LeadProfileValue) => void }) {
  const t = useTranslations("chatbot");
  return (
    <div className="grid grid-cols-2 gap-2">
      {leadProfiles.map((profile) => (
        <button
          key={profile}
          type="button"
          onClick={() => onChoose(profile)}
          className={`${buttonStyles("secondary", "sm")} min-h-11 px-2`}
        >
          {t(profileLabelKeys[profile])}
        </button>
      ))}
    </div>
  );
}

/** Step 2: an optional name, with a button to skip it. */
export function NameForm({ onSubmit }: { onSubmit: (name: string | undefined) => void }) {
  const t = useTranslations("chatbot");
  const [name, setName] = useState("");
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(name.trim() || undefined);
  };

  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor={id} className={labelStyles}>
        {t("nameLabel")}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name="name"
          autoComplete="name"
          autoFocus
          maxLength={120}
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={t("namePlaceholder")}
          className={inputStyles}
        />
        <button type="submit" className={buttonStyles("primary", "md")}>
          {t("next")}
        </button>
      </div>
      <button type="button" onClick={() => onSubmit(undefined)} className={buttonStyles("link")}>
        {t("skip")}
      </button>
    </form>
  );
}

type EmailFormProps = {
  /** True while the request is in flight: the form is kept, but read-only. */
  sending: boolean;
  /** The server's or the format check's message for the field. */
  error?: string;
  onEdit: () => void;
  onSubmit: (email: string) => void;
};

/** Step 3: the email; the parent checks its format and sends it. */
export function EmailForm({ sending, error, onEdit, onSubmit }: EmailFormProps) {
  const t = useTranslations("chatbot");
  const [email, setEmail] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const errorId = `${id}-error`;

  // Focus the field when it appears and again when a failed request hands it back.
  useEffect(() => {
    if (!sending) input.current?.focus();
  }, [sending]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(email);
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-1.5">
      <label htmlFor={id} className={labelStyles}>
        {t("emailLabel")}
      </label>
      <div className="flex gap-2">
        <input
          ref={input}
          id={id}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={254}
          value={email}
          disabled={sending}
          onChange={(event) => {
            setEmail(event.target.value);
            if (error) onEdit();
          }}
          placeholder={t("emailPlaceholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={inputStyles}
        />
        <button type="submit" disabled={sending} className={buttonStyles("primary", "md")}>
          {sending ? t("sending") : t("send")}
        </button>
      </div>
      {error && (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
