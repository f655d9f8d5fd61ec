"use client";

import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState } from "react";

export const LAUNCHER_ID = "chatbot-launcher";
export const PANEL_ID = "chatbot-panel";

type ChatbotState = {
  open: boolean;
  /** Opens the chat; `trigger` gets the focus back when the chat closes. */
  openChat: (trigger?: HTMLElement | null) => void;
  closeChat: () => void;
};

const ChatbotContext = createContext<ChatbotState | null>(null);

/** Shares the chat's open state between the hero's call to action and the widget. */
export function ChatbotProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLElement | null>(null);

  const openChat = useCallback((element?: HTMLElement | null) => {
    trigger.current = element ?? null;
    setOpen(true);
  }, []);

  const closeChat = useCallback(() => {
    setOpen(false);
    // The floating launcher unmounts while the chat is open and comes back as a new element: wait for it
    // to render, then focus whatever opened the chat, or the launcher.
    requestAnimationFrame(() => {
      const opener = trigger.current?.isConnected ? trigger.current : document.getElementById(LAUNCHER_ID);
      opener?.focus();
    });
  }, []);

  const value = useMemo(() => ({ open, openChat, closeChat }), [open, openChat, closeChat]);
  return <ChatbotContext value={value}>{children}</ChatbotContext>;
}

export function useChatbot(): ChatbotState {
  const state = useContext(ChatbotContext);
  if (!state) throw new Error("useChatbot must be used inside <ChatbotProvider>");
  return state;
}

type ChatbotOpenButtonProps = { className?: string; children: ReactNode };

/** A button anywhere on the page (e.g. the hero's "Crear mi demo") that opens the chat. */
export function ChatbotOpenButton({ className, children }: ChatbotOpenButtonProps) {
  const { open, openChat } = useChatbot();
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={PANEL_ID}
      onClick={(event) => openChat(event.currentTarget)}
      className={className}
    >
      {children}
    </button>
  );
}
