import type { ReactNode } from "react";

/**
 * The frame of an overview chart: title and description, a fixed-height drawing area (the charts are
 * drawn on the server, in HTML, CSS and SVG, so no chart code reaches the browser), an HTML legend, a one-sentence summary and an optional
 * screen-reader table. The drawing itself is hidden from assistive technology: the text says the same.
 */
export function ChartCard(props: {
  id: string;
  title: string;
  description: string;
  summary: ReactNode;
  legend?: ReactNode;
  table?: ReactNode;
  /** Shown instead of the drawing when there is nothing to draw. */
  empty?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <figure
      aria-labelledby={`${props.id}-title`}
      data-testid={props.id}
      className={`flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${props.className ?? ""}`}
    >
      <h2 id={`${props.id}-title`} className="text-base font-semibold text-slate-900">
        {props.title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{props.description}</p>
      {props.empty ? (
        <p className="mt-4 flex h-64 items-center justify-center rounded-lg border border-dashed border-slate-300 bg-slate-50 px-6 text-center text-sm text-slate-600">
          {props.empty}
        </p>
      ) : (
        <>
          <div className="mt-4 h-64 w-full" aria-hidden="true" data-chart-area>
            {props.children}
          </div>
          {props.legend}
          <figcaption className="mt-3 text-sm text-slate-700">{props.summary}</figcaption>
          {props.table}
        </>
      )}
    </figure>
  );
}

/** A coloured square and its label, for the HTML legends under the charts. */
export function LegendSwatch({ color, children }: { color: string; children: ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden="true" className="inline-block size-3 shrink-0 rounded-sm" style={{ backgroundColor: color }} />
      {children}
    </span>
  );
}
