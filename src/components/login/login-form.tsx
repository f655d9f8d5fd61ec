"use client";

import { signIn } from "next-auth/react";
import { type FormEvent, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "use-intl";
import { buttonStyles } from "@/components/ui/button-styles";
import { defaultLocale, isLocale } from "@/lib/i18n";
import { emailSchema, otpCodeSchema } from "@/lib/validation";
import { type CodeRequestOutcome, requestCode } from "./request-code";

type LoginFormProps = {
  initialEmail: string;
  /** A path on this site to open after login; the server page has already rejected anything else. */
  callbackUrl?: string;
  /** The local inbox's web page (development and tests only). */
  inboxUrl?: string;
};

type Step = "email" | "code";
type Pending = "sending" | "verifying" | null;

const inputStyles =
  "mt-1.5 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand focus:outline-2 focus:outline-offset-0 focus:outline-brand/30 aria-invalid:border-red-500 sm:text-sm";

/** /login: email → "Enviar código" → 6-digit code → "Entrar" (next-auth credentials provider "otp"). */
export function LoginForm({ initialEmail, callbackUrl, inboxUrl }: LoginFormProps) {
  const t = useTranslations("login");
  const tApi = useTranslations("api");
  const tCommon = useTranslations("common");
  const tChat = useTranslations("chatbot");
  const currentLocale = useLocale();
  const locale = isLocale(currentLocale) ? currentLocale : defaultLocale;

  const [step, setStep] = useState<Step>("email");
  const [email, setEmail] = useState(initialEmail);
  const [code, setCode] = useState("");
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const codeInput = useRef<HTMLInputElement>(null);
  const id = useId();
  const errorId = `${id}-error`;

  const failureMessage = (outcome: Exclude<CodeRequestOutcome, { kind: "sent" }>) => {
    switch (outcome.kind) {
      case "invalid_email":
        return outcome.message ?? tApi("invalidEmail");
      case "rate_limited":
        return outcome.message ?? tApi("rateLimited");
      case "failed":
        return outcome.message ?? tCommon("genericError");
    }
  };

  const sendCode = async () => {
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) {
      setStep("email");
      setError(tApi("invalidEmail"));
      return;
    }
    setPending("sending");
    setError(undefined);
    setNotice(undefined);
    const outcome = await requestCode(parsed.data, locale);
    setPending(null);
    if (outcome.kind !== "sent") {
      setError(failureMessage(outcome));
      return;
    }
    setEmail(parsed.data);
    setCode("");
    setNotice(outcome.message ?? tApi("otpSent"));
    setStep("code");
  };

  const verify = async () => {
    if (!otpCodeSchema.safeParse(code).success) {
      setError(t("invalidCode"));
      return;
    }
    setPending("verifying");
    setError(undefined);
    const result = await signIn<"credentials">("otp", { email, code: code.trim(), redirect: false }).catch(() => undefined);
    if (result?.ok && !result.error) {
      // A full navigation, so the server reads the new session cookie and routes by role.
      window.location.assign(callbackUrl ?? "/dashboard");
      return;
    }
    setPending(null);
    setError(result ? t("invalidCode") : tCommon("genericError"));
    codeInput.current?.select();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    void (step === "email" ? sendCode() : verify());
  };

  const useOtherEmail = () => {
    setStep("email");
    setCode("");
    setError(undefined);
    setNotice(undefined);
  };

  const errorProps = error ? { "aria-invalid": true, "aria-describedby": errorId } : {};

  return (
    <div className="mt-6 space-y-5">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {step === "email" ? (
          <div>
            <label htmlFor={`${id}-email`} className="block text-sm font-medium text-slate-700">
              {t("emailLabel")}
            </label>
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              inputMode="email"
              autoComplete="email"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              required
              maxLength={254}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              placeholder={tChat("emailPlaceholder")}
              className={inputStyles}
              {...errorProps}
            />
          </div>
        ) : (
          <div>
            {notice && (
              <p role="status" className="mb-4 rounded-lg bg-emerald-50 px-3 py-2.5 text-sm text-emerald-800">
                {notice}
              </p>
            )}
            <label htmlFor={`${id}-code`} className="block text-sm font-medium text-slate-700">
              {t("codeLabel")}
            </label>
            <p className="mt-1 text-xs text-slate-500">{t("codeHelp", { email })}</p>
            <input
              ref={codeInput}
              id={`${id}-code`}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              autoFocus
              maxLength={6}
              required
              value={code}
              onChange={(event) => setCode(event.target.value.replace(/\D/g, "").slice(0, 6))}
              placeholder="••••••"
              className={`${inputStyles} text-center font-mono text-2xl tracking-[0.5em] sm:text-2xl`}
              {...errorProps}
            />
          </div>
        )}

        {error && (
          <p id={errorId} role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}

        <button type="submit" disabled={pending !== null} className={`${buttonStyles("primary", "lg")} w-full`}>
          {step === "email"
            ? pending === "sending"
              ? t("sending")
              : t("sendCode")
            : pending === "verifying"
              ? t("verifying")
              : t("verify")}
        </button>
      </form>

      {step === "code" && (
        <div className="flex flex-wrap justify-between gap-x-4 gap-y-2">
          <button type="button" onClick={useOtherEmail} disabled={pending !== null} className={buttonStyles("link")}>
            {t("useOtherEmail")}
          </button>
          <button type="button" onClick={() => void sendCode()} disabled={pending !== null} className={buttonStyles("link")}>
            {pending === "sending" ? t("sending") : t("resend")}
          </button>
        </div>
      )}

      {inboxUrl && (
        <p className="rounded-lg border border-dashed border-amber-300 bg-amber-50 px-3 py-2.5 text-xs text-amber-900">
          {t("localInbox")}{" "}
          <a href={inboxUrl} target="_blank" rel="noreferrer" className="font-semibold underline underline-offset-2">
            {t("openInbox")}
          </a>
        </p>
      )}
    </div>
  );
}
