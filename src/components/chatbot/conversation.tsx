"use client";

import Link from "next/link";
import { useEffect, useReducer, useRef } from "react";
import { useLocale, useTranslations } from "use-intl";
import { TalkToSales } from "@/components/sales/talk-to-sales";
import { buttonStyles } from "@/components/ui/button-styles";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages.es";
import { type LeadProfileValue, demoProfiles } from "@/lib/validation";
import { ChatBubble, TypingDots } from "./chat-bubble";
import { type Details, DetailsForm, ProfileChoices, profileLabelKeys } from "./chat-forms";
import { type DemoRequestOutcome, type InvalidField, requestDemo } from "./request-demo";

/**
 * A line of the log. Questions are stored as message keys, so they follow a language switch; what the
 * visitor typed and what the server answered are stored as text.
 */
type Entry =
  | { from: "bot" | "user"; key: keyof Messages["chatbot"] }
  | { from: "bot" | "user"; text: string; tone?: "error"; loginHref?: string; expiredEmail?: string };

type Step = "profile" | "details" | "sending" | "done";

type FieldError = { field: InvalidField; message: string };

type State = {
  step: Step;
  profile: LeadProfileValue;
  fieldError?: FieldError;
  entries: Entry[];
};

type Action =
  | { type: "chooseProfile"; profile: LeadProfileValue }
  | { type: "send"; answer: string }
  | { type: "fieldError"; error: FieldError }
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
        step: "details",
        profile: action.profile,
        entries: [
          ...state.entries,
          { from: "user", key: profileLabelKeys[action.profile] },
          { from: "bot", key: wantsDemo(action.profile) ? "askDetails" : action.profile === "sales" ? "askSales" : "askDetailsLead" },
        ],
      };
    case "send":
      return { ...state, step: "sending", fieldError: undefined, entries: [...state.entries, { from: "user", text: action.answer }] };
    case "fieldError":
      return { ...state, step: "details", fieldError: action.error };
    case "retry":
      return { ...state, step: "details", entries: [...state.entries, action.entry] };
    case "done":
      return { ...state, step: "done", entries: [...state.entries, action.entry] };
    case "restart":
      return initialState;
  }
}

/**
 * The chatbot's dialogue (docs/rules.md#demo-request): profile → one details step (email; optional
 * name and, for a demo, the building's name and approximate unit count) → answer. Only what the visitor
 * actually said appears as their message. After a new demo, "Entrar al demo" opens the login on the code
 * step: the "demo ready" email already carries the code (and a one-click link).
 */
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

  const answerEntry = (outcome: Exclude<DemoRequestOutcome, { kind: "invalid" }>, email: string): Entry => {
    switch (outcome.kind) {
      case "success": {
        // An expired demo: say so, with ways forward instead of "Entrar al demo" (docs/rules.md#demo-lifecycle).
        if (outcome.expired) return { from: "bot", text: outcome.message, expiredEmail: email };
        const query = new URLSearchParams({ email, ...(outcome.codeSent ? { sent: "1" } : {}) });
        return { from: "bot", text: outcome.message, loginHref: outcome.canLogIn ? `/login?${query.toString()}` : undefined };
      }
      case "rate_limited":
        return { from: "bot", tone: "error", text: outcome.message ?? tApi("rateLimited") };
      case "failed":
        return { from: "bot", tone: "error", text: outcome.message ?? tCommon("genericError") };
    }
  };

  /** What the visitor said, as one message: "Carolina · carolina@x.com · Torres del Parque (40 unidades)". */
  const answerText = (details: Details) => {
    const building = details.buildingName
      ? details.unitCount
        ? `${details.buildingName} (${t("unitsAnswer", { count: details.unitCount })})`
        : details.buildingName
      : details.unitCount
        ? t("unitsAnswer", { count: details.unitCount })
        : undefined;
    return [details.name, details.email, building].filter(Boolean).join(" · ");
  };

  const send = async (details: Details) => {
    const withBuilding = wantsDemo(state.profile);
    const current = ++attempt.current;
    dispatch({ type: "send", answer: answerText(withBuilding ? details : { ...details, buildingName: undefined, unitCount: undefined }) });
    const outcome = await requestDemo({
      email: details.email,
      name: details.name,
      profile: state.profile,
      locale,
      consent: true,
      ...(withBuilding ? { building_name: details.buildingName, unit_count: details.unitCount } : {}),
    });
    if (current !== attempt.current) return;

    if (outcome.kind === "invalid") {
      dispatch({ type: "fieldError", error: { field: outcome.field, message: outcome.message ?? t("emailInvalid") } });
    } else {
      dispatch({ type: outcome.kind === "success" ? "done" : "retry", entry: answerEntry(outcome, details.email) });
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
        // Scrollable by keyboard too when the conversation is taller than the panel (a phone's sheet).
        tabIndex={0}
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
            {"expiredEmail" in entry && entry.expiredEmail && (
              <span className="mt-3 flex flex-col gap-2">
                {/* Asking for more time starts from signing in (the expired page offers it). */}
                <Link
                  href={`/login?${new URLSearchParams({ email: entry.expiredEmail }).toString()}`}
                  className={`${buttonStyles("primary", "sm")} flex w-full`}
                  data-testid="expired-more-time"
                >
                  {t("expiredMoreTime")}
                </Link>
                {/* Talking to sales: the contact form itself (docs/sales.md#talk-to-sales), one click away. */}
                <TalkToSales source="chatbot" className={`${buttonStyles("secondary", "sm")} flex w-full`} />
              </span>
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
        {/* "Hablar con ventas" is a real path: the contact form (docs/sales.md#talk-to-sales), not only a lead. */}
        {step === "details" && state.profile === "sales" && (
          <TalkToSales source="chatbot" className={`${buttonStyles("primary", "sm")} flex w-full`} />
        )}
        {(step === "details" || step === "sending") && state.profile !== "sales" && (
          <DetailsForm
            withBuilding={wantsDemo(state.profile)}
            sending={step === "sending"}
            serverError={state.fieldError}
            onSubmit={(details) => void send(details)}
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
