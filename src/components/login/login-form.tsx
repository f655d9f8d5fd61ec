"use client";

import type { signIn as nextAuthSignIn } from "next-auth/react";
import { useEffect, useId, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useLocale, useTranslations } from "use-intl";
import type { z } from "zod";
import { emailInput } from "@/components/forms/input-presets";
import { SCHEMA_LOAD_FAILED, lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { FieldFrame } from "@/components/forms/text-field";
import { buttonStyles } from "@/components/ui/button-styles";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import type { codeFormSchema, emailFormSchema } from "./login-schemas";
import { type CodeRequestOutcome, requestCode } from "./request-code";

/**
 * next-auth's client, fetched when a code or a one-click link is spent (or the code step shows) rather
 * than with the page: the login page's first load is what a phone waits for (docs/performance.md).
 */
const loadNextAuth = () => import("next-auth/react");
const signIn = ((...args: Parameters<typeof nextAuthSignIn>) =>
  loadNextAuth().then(({ signIn }) => signIn(...args))) as typeof nextAuthSignIn;

type LoginFormProps = {
  initialEmail: string;
  /** True when `initialEmail` is a valid address (checked by the server page with the shared schema). */
  initialEmailValid: boolean;
  /** A path on this site to open after login; the server page has already rejected anything else. */
  callbackUrl?: string;
  /** The local inbox's web page (development and tests only). */
  inboxUrl?: string;
  /** The token of a one-click sign-in link (`/login?email=…&token=…`): sign in with it at once. */
  linkToken?: string;
  /** A code was already emailed (the chatbot's "Entrar al demo" after a new demo): open on the code step. */
  codeSent?: boolean;
};

type Step = "link" | "email" | "code";

type EmailFields = z.infer<typeof emailFormSchema>;
type CodeFields = z.infer<typeof codeFormSchema>;

// zod and the schemas arrive when the form is first used (focus or submit), not with the page.
const emailResolver = lazyZodResolver<EmailFields, EmailFields>(() => import("./login-schemas").then((m) => m.emailFormSchema), "email");
const codeResolver = lazyZodResolver<CodeFields, CodeFields>(() => import("./login-schemas").then((m) => m.codeFormSchema), "code");
const preloadSchemas = () => {
  emailResolver.preload();
  codeResolver.preload();
};

const CODE_LENGTH = 6;

const labelStyles = "block text-sm font-medium text-slate-700";
const inputStyles =
  "mt-1.5 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand focus:outline-2 focus:outline-offset-0 focus:outline-brand/30 aria-invalid:border-red-500 sm:text-sm";

/**
 * /login, three ways in, all ending in a next-auth JWT session:
 * - a one-click link from the email (`linkToken`): signs in at once with the "email-link" provider; a
 *   used or expired link falls back to the email step, pre-filled, asking for a new link;
 * - email → "Enviar código" → 6-digit code (provider "otp");
 * - straight to the code step when the code was already sent (`codeSent`).
 * The code field takes the phone's one-time-code autofill and pasted text, and submits itself at 6 digits.
 */
export function LoginForm({ initialEmail, initialEmailValid, callbackUrl, inboxUrl, linkToken, codeSent }: LoginFormProps) {
  const t = useTranslations("login");
  const tApi = useTranslations("api");
  const tCommon = useTranslations("common");
  const tChat = useTranslations("chatbot");
  const currentLocale = useLocale();
  const locale = isLocale(currentLocale) ? currentLocale : defaultLocale;
  const [step, setStep] = useState<Step>(linkToken && initialEmailValid ? "link" : codeSent && initialEmailValid ? "code" : "email");
  useEffect(() => {
    if (step === "code") {
      void loadNextAuth();
      preloadSchemas();
    }
  }, [step]);
  const [email, setEmail] = useState(initialEmail);
  const [linkFailed, setLinkFailed] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(codeSent && initialEmailValid ? t("codeAlreadySent", { email }) : undefined);
  const id = useId();

  const emailForm = useForm<EmailFields>({ resolver: emailResolver, defaultValues: { email } });
  const codeForm = useForm<CodeFields>({ resolver: codeResolver, defaultValues: { code: "" } });

  const enterDashboard = () => {
    // A full navigation, so the server reads the new session cookie and routes by role.
    window.location.assign(callbackUrl ?? "/dashboard");
  };

  // The one-click link: spend the token once (a POST, so link scanners that only fetch the URL do not).
  const linkTried = useRef(false);
  useEffect(() => {
    if (step !== "link" || linkTried.current || !linkToken) return;
    linkTried.current = true;
    // The token is single-use: keep it out of the history and of anything copied from the address bar.
    window.history.replaceState(null, "", `/login?email=${encodeURIComponent(email)}`);
    void signIn<"credentials">("email-link", { email, token: linkToken, redirect: false })
      .catch(() => undefined)
      .then((result) => {
        if (result?.ok && !result.error) return enterDashboard();
        setLinkFailed(true);
        setStep("email");
      });
    // Runs once, for the token the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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

  const sendCode = async ({ email: typed }: EmailFields) => {
    const outcome = await requestCode(typed, locale);
    if (outcome.kind !== "sent") {
      if (step !== "email") setStep("email");
      emailForm.setError("email", { message: failureMessage(outcome) });
      return;
    }
    setEmail(typed);
    setLinkFailed(false);
    codeForm.reset({ code: "" });
    setNotice(outcome.message ?? tApi("otpSent"));
    setStep("code");
  };

  const verify = async ({ code }: CodeFields) => {
    const result = await signIn<"credentials">("otp", { email, code, redirect: false }).catch(() => undefined);
    if (result?.ok && !result.error) return enterDashboard();
    codeForm.setError("code", { message: result ? t("invalidCode") : tCommon("genericError") });
    codeForm.setFocus("code", { shouldSelect: true });
  };

  const useOtherEmail = () => {
    emailForm.reset({ email });
    setNotice(undefined);
    setStep("email");
  };

  if (step === "link") {
    return (
      <p role="status" className="mt-6 rounded-lg bg-slate-50 px-3 py-2.5 text-sm text-slate-700">
        {t("signingInWithLink")}
      </p>
    );
  }

  const codeField = codeForm.register("code");
  const sending = emailForm.formState.isSubmitting;
  const verifying = codeForm.formState.isSubmitting;
  const emailError = emailForm.formState.errors.email?.message;
  const codeError = codeForm.formState.errors.code?.message;
  // The schemas' error codes become words; anything else is already text (the server's message).
  const errorText = (message: string | undefined) => {
    switch (message) {
      case "invalid_email":
        return tApi("invalidEmail");
      case "invalid_code":
        return t("invalidCode");
      case SCHEMA_LOAD_FAILED:
        return tCommon("genericError");
      default:
        return message;
    }
  };
  const emailErrorText = errorText(emailError);
  const codeErrorText = errorText(codeError);

  return (
    <div className="mt-6 space-y-5">
      {step === "email" ? (
        <form onSubmit={emailForm.handleSubmit(sendCode)} onFocus={preloadSchemas} noValidate className="space-y-4">
          {linkFailed && (
            <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2.5 text-sm text-amber-900" data-testid="link-failed">
              {t("linkFailed")}
            </p>
          )}
          <FieldFrame id={`${id}-email`} label={t("emailLabel")} labelClassName={labelStyles} error={emailErrorText} alertError>
            {(aria) => (
              <input
                {...aria}
                {...emailInput}
                autoComplete="email"
                autoFocus
                required
                placeholder={tChat("emailPlaceholder")}
                className={inputStyles}
                {...emailForm.register("email")}
              />
            )}
          </FieldFrame>
          <button type="submit" disabled={sending} className={`${buttonStyles("primary", "lg")} w-full`}>
            {sending ? t("sending") : linkFailed ? t("requestNewLink") : t("sendCode")}
          </button>
        </form>
      ) : (
        <form onSubmit={codeForm.handleSubmit(verify)} noValidate className="space-y-4">
          {notice && (
            <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2.5 text-sm text-emerald-800">
              {notice}
            </p>
          )}
          <FieldFrame
            id={`${id}-code`}
            label={t("codeLabel")}
            labelClassName={labelStyles}
            hint={t("codeHelp", { email })}
            error={codeErrorText}
            alertError
          >
            {(aria) => (
              <input
                {...aria}
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]*"
                autoFocus
                required
                placeholder="••••••"
                className={`${inputStyles} text-center font-mono text-2xl tracking-[0.5em] sm:text-2xl`}
                {...codeField}
                onChange={(event) => {
                  // Digits only, so "123 456" or "123-456" pasted from the email still fits; submit at six.
                  event.target.value = event.target.value.replace(/\D/g, "").slice(0, CODE_LENGTH);
                  void codeField.onChange(event);
                  if (event.target.value.length === CODE_LENGTH && !codeForm.formState.isSubmitting) {
                    void codeForm.handleSubmit(verify)();
                  }
                }}
              />
            )}
          </FieldFrame>
          <button type="submit" disabled={verifying} className={`${buttonStyles("primary", "lg")} w-full`}>
            {verifying ? t("verifying") : t("verify")}
          </button>
        </form>
      )}

      {step === "code" && (
        <div className="flex flex-wrap justify-between gap-x-4 gap-y-2">
          <button type="button" onClick={useOtherEmail} disabled={verifying || sending} className={buttonStyles("link")}>
            {t("useOtherEmail")}
          </button>
          <button
            type="button"
            onClick={() => void emailForm.handleSubmit(sendCode)()}
            disabled={verifying || sending}
            className={buttonStyles("link")}
          >
            {sending ? t("sending") : t("resend")}
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
