"use client";

import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { TypingDots } from "./chat-bubble";
import { LAUNCHER_ID, PANEL_ID, useChatbot } from "./chatbot-context";

/**
 * The conversation (its forms, validation and requests: most of the landing page's JavaScript) is
 * fetched when the chat first opens, or as a pointer or the keyboard reaches the launcher, rather than
 * with the page (docs/performance.md).
 */
const loadConversation = () => import("./conversation");

/**
 * The floating chat: a launcher button while closed, a non-modal dialog while open. The conversation
 * stays mounted once opened, so closing and reopening keeps the visitor's progress.
 */
export function ChatbotWidget() {
  const t = useTranslations("chatbot");
  const { open, openChat, closeChat } = useChatbot();
  const panel = useRef<HTMLElement>(null);
  const titleId = useId();
  const [conversation, setConversation] = useState<Awaited<ReturnType<typeof loadConversation>> | null>(null);

  // A failed fetch (offline) leaves the dots; closing and reopening the chat tries again.
  useEffect(() => {
    if (!open || conversation) return;
    let current = true;
    loadConversation().then(
      (module) => current && setConversation(module),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [open, conversation]);

  // Put the keyboard on the first control of the current step (a profile button, the name or email field).
  useEffect(() => {
    if (open && conversation) panel.current?.querySelector<HTMLElement>("[data-chat-controls] :is(input, button):not(:disabled)")?.focus();
  }, [open, conversation]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") closeChat();
  };

  return (
    <>
      {!open && (
        <button
          id={LAUNCHER_ID}
          type="button"
          aria-haspopup="dialog"
          aria-expanded={false}
          aria-controls={PANEL_ID}
          onClick={(event) => openChat(event.currentTarget)}
          onPointerEnter={() => void loadConversation()}
          onFocus={() => void loadConversation()}
          className="bg-brand text-brand-foreground hover:bg-brand-strong fixed right-4 bottom-4 z-40 inline-flex items-center gap-2 rounded-full px-5 py-3 text-sm font-semibold shadow-lg shadow-slate-900/20 transition sm:right-6 sm:bottom-6"
        >
          <ChatIcon />
          {t("open")}
        </button>
      )}

      {open && (
        // On phones the chat is a bottom sheet: dim the page behind it; a tap outside closes it.
        <div aria-hidden="true" onClick={closeChat} className="fixed inset-0 z-40 bg-slate-900/40 sm:hidden" />
      )}

      <section
        ref={panel}
        id={PANEL_ID}
        role="dialog"
        aria-modal="false"
        aria-labelledby={titleId}
        hidden={!open}
        aria-busy={!conversation}
        onKeyDown={onKeyDown}
        className="fixed inset-x-0 bottom-0 z-50 flex h-[85dvh] flex-col overflow-hidden rounded-t-2xl border border-slate-200 bg-white shadow-2xl shadow-slate-900/25 sm:inset-x-auto sm:right-6 sm:bottom-6 sm:h-[min(36rem,calc(100dvh-3rem))] sm:w-96 sm:rounded-2xl"
      >
        <header className="flex items-center justify-between gap-3 bg-slate-900 px-4 py-3 text-white">
          <div className="flex items-center gap-2.5">
            <span aria-hidden="true" className="bg-brand grid size-8 place-items-center rounded-full text-sm font-bold">
              A
            </span>
            <h2 id={titleId} className="text-sm font-semibold">
              {t("title")}
            </h2>
          </div>
          <button
            type="button"
            onClick={closeChat}
            aria-label={t("close")}
            title={t("close")}
            className="grid size-9 place-items-center rounded-full text-slate-300 transition hover:bg-white/10 hover:text-white"
          >
            <CloseIcon />
          </button>
        </header>
        {conversation ? (
          <conversation.Conversation />
        ) : (
          <p className="flex-1 p-4 text-slate-500">
            <TypingDots />
          </p>
        )}
      </section>
    </>
  );
}

function ChatIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
      <path d="M3 5.5A2.5 2.5 0 0 1 5.5 3h9A2.5 2.5 0 0 1 17 5.5v6a2.5 2.5 0 0 1-2.5 2.5H9l-3.6 2.8a.6.6 0 0 1-1-.5V14h0A2.5 2.5 0 0 1 3 11.5v-6Z" />
    </svg>
  );
}

function CloseIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="2" className="size-4">
      <path d="m5 5 10 10M15 5 5 15" strokeLinecap="round" />
    </svg>
  );
}
