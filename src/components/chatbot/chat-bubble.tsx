import type { ReactNode } from "react";

type ChatBubbleProps = {
  from: "bot" | "user";
  /** Read before the text by screen readers ("Asistente:", "Tú:"), since the layout alone shows who speaks. */
  speaker: string;
  tone?: "error";
  children: ReactNode;
};

/** One message of the chat log: the assistant on the left, the visitor on the right. */
export function ChatBubble({ from, speaker, tone, children }: ChatBubbleProps) {
  const colours =
    from === "user"
      ? "rounded-br-sm bg-brand text-brand-foreground"
      : tone === "error"
        ? "rounded-bl-sm border border-red-200 bg-red-50 text-red-800"
        : "rounded-bl-sm bg-slate-100 text-slate-800";
  return (
    <div className={`flex ${from === "user" ? "justify-end" : "justify-start"}`}>
      <div className={`max-w-[85%] rounded-2xl px-3.5 py-2.5 text-sm leading-relaxed break-words ${colours}`}>
        <span className="sr-only">{speaker}: </span>
        {children}
      </div>
    </div>
  );
}

/** Three pulsing dots shown while the server prepares the demo. */
export function TypingDots() {
  return (
    <span aria-hidden="true" className="ml-2 inline-flex gap-1 align-middle">
      {[0, 150, 300].map((delay) => (
        <span key={delay} className="size-1.5 animate-pulse rounded-full bg-current opacity-60" style={{ animationDelay: `${delay}ms` }} />
      ))}
    </span>
  );
}
