import type { ReactNode } from "react";

const defaults = {
  className: "rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5",
  header: "flex flex-wrap items-center justify-between gap-3",
  title: "text-base font-semibold text-slate-900",
  description: "text-sm text-slate-600",
};

/**
 * A white card that is a labelled region: a heading (`id` ties it to the `<section>` for screen readers), an
 * optional line under it, an optional action on the heading's right (a button, a badge), then the content.
 * The classes of each part can be replaced for a card that looks different (a bordered header, a larger title).
 */
export function Card(props: {
  id: string;
  title: ReactNode;
  /** The heading's level: `h1` when the card is the page's main content. */
  level?: "h1" | "h2";
  description?: ReactNode;
  descriptionTestId?: string;
  action?: ReactNode;
  testId?: string;
  className?: string;
  headerClassName?: string;
  titleClassName?: string;
  descriptionClassName?: string;
  /** `id` of the section element itself (an anchor to scroll to). */
  anchor?: string;
  children?: ReactNode;
}) {
  const Heading = props.level ?? "h2";
  const heading = (
    <Heading id={props.id} className={props.titleClassName ?? defaults.title}>
      {props.title}
    </Heading>
  );
  const titled =
    props.description !== undefined ? (
      <div>
        {heading}
        <p className={props.descriptionClassName ?? defaults.description} data-testid={props.descriptionTestId}>
          {props.description}
        </p>
      </div>
    ) : (
      heading
    );
  return (
    <section id={props.anchor} aria-labelledby={props.id} data-testid={props.testId} className={props.className ?? defaults.className}>
      {props.action !== undefined ? (
        <div className={props.headerClassName ?? defaults.header}>
          {titled}
          {props.action}
        </div>
      ) : (
        titled
      )}
      {props.children}
    </section>
  );
}
