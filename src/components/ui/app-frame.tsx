import type { CSSProperties, ReactNode } from "react";
import { type SectionTab, SectionTabs } from "./section-tabs";

/**
 * The frame of a signed-in area (the PH admin dashboard, the sales console): an optional banner, a header with a
 * small label over the page's or organization's name and the actions on the right, the section tabs when given,
 * and the page in a centred column of `width` (a Tailwind max-width class).
 */
export function AppFrame(props: {
  eyebrow: ReactNode;
  eyebrowClassName: string;
  title: ReactNode;
  /** `h1` when the frame's title is the page's heading; `p` when the page has its own. */
  titleAs: "h1" | "p";
  titleTestId?: string;
  actions: ReactNode;
  nav?: { label: string; tabs: SectionTab[]; current: string };
  width: "max-w-6xl" | "max-w-7xl";
  banner?: ReactNode;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const Title = props.titleAs;
  return (
    <div style={props.style} className="min-h-screen bg-slate-50">
      {props.banner}
      <header className="border-b border-slate-200 bg-white">
        <div className={`mx-auto flex ${props.width} flex-wrap items-center justify-between gap-3 px-4 py-4`}>
          <div>
            <p className={props.eyebrowClassName}>{props.eyebrow}</p>
            <Title className="text-2xl font-bold text-slate-900" data-testid={props.titleTestId}>
              {props.title}
            </Title>
          </div>
          <div className="flex flex-wrap items-center gap-3">{props.actions}</div>
        </div>
        {props.nav ? (
          <SectionTabs label={props.nav.label} tabs={props.nav.tabs} current={props.nav.current} widthClass={props.width} />
        ) : null}
      </header>
      <main className={`mx-auto flex ${props.width} flex-col gap-6 px-4 py-6`}>{props.children}</main>
    </div>
  );
}
