"use client";

import Link from "next/link";
import { useEffect, useReducer, useRef } from "react";
import { useLocale, useTranslations } from "use-intl";
import { buttonStyles } from "@/components/ui/button-styles";
import { defaultLocale, isLocale } from "@/lib/i18n";
import type { Messages } from "@/lib/i18n/messages.es";
import { type LeadProfileValue, demoProfiles, emailSchema } from "@/lib/validation";
import { ChatBubble, TypingDots } from "./chat-bubble";
import { EmailForm, NameForm, ProfileChoices, profileLabelKeys } from "./chat-forms";
import { type DemoRequestOutcome, requestDemo } from "./request-demo";

/**
 * A line of the log. Questions are stored as message keys, so they follow a language switch; what the
 * visitor typed and what the server answered are stored as text.
 */
type Entry =
  { from: "bot" | "user"; key: keyof Messages["chatbot"] } | { from: "bot" | "user"; text: string; tone?: "error"; loginHref?: string };

type Step = "profile" | "name" | "email" | "sending" | "done";

type State = {
  step: Step;
  profile: LeadProfileValue;
  name?: string;
  emailError?: string;
  entries: Entry[];
};

type Action =
  | { type: "chooseProfile"; profile: LeadProfileValue }
  | { type: "setName"; name: string | undefined }
  | { type: "send"; email: string }
  | { type: "emailError"; message: string }
  | { type: "clearEmailError" }
  | { type: "retry"; entry: Entry }
  | { type: "done"; entry: Entry }
  | { type: "restart" };

const initialState: State = { step: "profile", profile: "admin_ph", entries: [{ from: "bot", key: "greeting" }] };

function wantsDemo(profile: LeadProfileValue) {
  return demoProfiles.includes(profile);
}

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case "chooseProfile":
      return {
        ...state,
        step: "name",
        profile: action.profile,
        entries: [...state.entries, { from: "user", key: profileLabelKeys[action.profile] }, { from: "bot", key: "askName" }],
      };
    case "setName": {
      const answer: Entry = action.name ? { from: "user", text: action.name } : { from: "user", key: "skip" };
      const question: Entry = { from: "bot", key: wantsDemo(state.profile) ? "askEmail" : "askEmailLead" };
      return { ...state, step: "email", name: action.name, entries: [...state.entries, answer, question] };
    }
    case "send":
      return { ...state, step: "sending", emailError: undefined, entries: [...state.entries, { from: "user", text: action.email }] };
    case "emailError":
      return { ...state, step: "email", emailError: action.message };
    case "clearEmailError":
      return { ...state, emailError: undefined };
    case "retry":
      return { ...state, step: "email", entries: [...state.entries, action.entry] };
    case "done":
      return { ...state, step: "done", entries: [...state.entries, action.entry] };
    case "restart":
      return initialState;
  }
}

/** The chatbot's dialogue (docs/rules.md#demo-request): profile → optional name → email → answer. */
export function Conversation() {
  const t = useTranslations("chatbot");
  const tApi = useTranslations("api");
  const tCommon = useTranslations("common");
  const currentLocale = useLocale();
  const locale = isLocale(currentLocale) ? currentLocale : defaultLocale;
  const [state, dispatch] = useReducer(reduce, initialState);
  const log = useRef<HTMLDivElement>(null);
  const restartButton = useRef<HTMLButtonElement>(null);
  // Answers to a request made before "Empezar de nuevo" are ignored.
  const attempt = useRef(0);

  const { step, entries } = state;

  useEffect(() => {
    log.current?.scrollTo({ top: log.current.scrollHeight, behavior: "smooth" });
  }, [entries.length, step]);

  useEffect(() => {
    if (step !== "done") return;
    (log.current?.querySelector<HTMLElement>("a[href]") ?? restartButton.current)?.focus();
  }, [step]);

  const answerEntry = (outcome: Exclude<DemoRequestOutcome, { kind: "invalid_email" }>, email: string): Entry => {
    switch (outcome.kind) {
      case "success":
        return {
          from: "bot",
          text: outcome.message,
          loginHref: outcome.canLogIn ? `/login?email=${encodeURIComponent(email)}` : undefined,
        };
      case "rate_limited":
        return { from: "bot", tone: "error", text: outcome.message ?? tApi("rateLimited") };
      case "failed":
        return { from: "bot", tone: "error", text: outcome.message ?? tCommon("genericError") };
    }
  };

  const sendEmail = async (typed: string) => {
    const parsed = emailSchema.safeParse(typed);
    if (!parsed.success) {
      dispatch({ type: "emailError", message: t("emailInvalid") });
      return;
    }
    const email = parsed.data;
    const current = ++attempt.current;
    dispatch({ type: "send", email });
    const outcome = await requestDemo({ email, name: state.name, profile: state.profile, locale });
    if (current !== attempt.current) return;

    if (outcome.kind === "invalid_email") {
      dispatch({ type: "emailError", message: outcome.message ?? t("emailInvalid") });
    } else {
      dispatch({ type: outcome.kind === "success" ? "done" : "retry", entry: answerEntry(outcome, email) });
    }
  };

  const restart = () => {
    attempt.current++;
    dispatch({ type: "restart" });
  };

  const speaker = (from: Entry["from"]) => (from === "bot" ? t("assistant") : t("you"));

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div
        ref={log}
        role="log"
        aria-live="polite"
        aria-label={t("title")}
        className="flex min-h-0 flex-1 flex-col gap-2.5 overflow-y-auto px-4 py-4"
      >
        {entries.map((entry, index) => (
          <ChatBubble key={index} from={entry.from} speaker={speaker(entry.from)} tone={"tone" in entry ? entry.tone : undefined}>
            {"key" in entry ? t(entry.key) : entry.text}
            {"loginHref" in entry && entry.loginHref && (
              <Link href={entry.loginHref} className={`${buttonStyles("primary", "sm")} mt-3 flex w-full`}>
                {t("enterDemo")}
              </Link>
            )}
          </ChatBubble>
        ))}
        {step === "sending" && (
          <ChatBubble from="bot" speaker={speaker("bot")}>
            {wantsDemo(state.profile) ? t("preparing") : t("sending")}
            <TypingDots />
          </ChatBubble>
        )}
      </div>

      <div data-chat-controls className="space-y-3 border-t border-slate-200 bg-white px-4 py-3">
        {step === "profile" && <ProfileChoices onChoose={(profile) => dispatch({ type: "chooseProfile", profile })} />}
        {step === "name" && <NameForm onSubmit={(name) => dispatch({ type: "setName", name })} />}
        {(step === "email" || step === "sending") && (
          <EmailForm
            sending={step === "sending"}
            error={state.emailError}
            onEdit={() => dispatch({ type: "clearEmailError" })}
            onSubmit={(email) => void sendEmail(email)}
          />
        )}
        {step !== "profile" && (
          <button ref={restartButton} type="button" onClick={restart} className={buttonStyles("ghost", "sm")}>
            <RestartIcon />
            {t("restart")}
          </button>
        )}
      </div>
    </div>
  );
}

function RestartIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.8" className="size-4">
      <path d="M3.5 10a6.5 6.5 0 1 0 2-4.7M3.5 3.5v3.5H7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
