import { LoadingLabel } from "./loading-label";

const bar = "animate-pulse rounded bg-slate-200";

/**
 * The units page while it loads, drawn to the same size as the real one (shell, filters, 20 rows,
 * pagination) so nothing moves when the data arrives.
 */
export function UnitsSkeleton() {
  return (
    <div role="status" aria-busy="true" className="min-h-screen bg-slate-50">
      <LoadingLabel />
      <div aria-hidden="true">
        <div className="flex h-9 items-center justify-center gap-3 bg-amber-100 px-4">
          <span className="h-4 w-12 rounded bg-amber-200" />
          <span className="h-3 w-40 rounded bg-amber-200" />
        </div>
        <div className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-4">
            <div className="space-y-2">
              <div className={`${bar} h-3 w-40`} />
              <div className={`${bar} h-6 w-56`} />
            </div>
            <div className={`${bar} h-9 w-28`} />
          </div>
          <div className="mx-auto flex max-w-6xl gap-4 px-4 py-3">
            {[20, 40, 24, 28].map((w) => (
              <div key={w} className={`${bar} h-3.5`} style={{ width: `${w * 0.25}rem` }} />
            ))}
          </div>
        </div>
        <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6">
          <div className="space-y-1">
            <div className={`${bar} h-8 w-64`} />
            <div className={`${bar} h-5 w-96 max-w-full`} />
          </div>
          <div className="grid grid-cols-2 items-end gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:grid-cols-[minmax(0,1fr)_11rem_10rem_auto]">
            {["col-span-2 lg:col-span-1", "", ""].map((span, i) => (
              <div key={i} className={`space-y-2 ${span}`}>
                <div className={`${bar} h-3.5 w-16`} />
                <div className={`${bar} h-10 w-full`} />
              </div>
            ))}
            <div className={`${bar} col-span-2 h-10 w-full sm:w-28 lg:col-span-1`} />
          </div>
          <div className="rounded-xl border border-slate-200 bg-white shadow-sm">
            <div className="flex h-[3.3rem] items-center justify-between border-b border-slate-200 px-4">
              <div className={`${bar} h-5 w-28`} />
              <div className={`${bar} h-4 w-36`} />
            </div>
            <div className="h-9 bg-slate-50" />
            <div className="divide-y divide-slate-100">
              {Array.from({ length: 20 }, (_, i) => (
                <div key={i} className="flex h-11 items-center gap-6 px-4">
                  <div className={`${bar} h-4 w-10`} />
                  <div className={`${bar} h-4 w-16`} />
                  <div className={`${bar} hidden h-4 w-20 sm:block`} />
                  <div className={`${bar} hidden h-4 w-20 md:block`} />
                  <div className={`${bar} h-5 w-16 rounded-full`} />
                  <div className={`${bar} h-4 flex-1`} />
                </div>
              ))}
            </div>
            <div className="flex items-center justify-between border-t border-slate-200 px-4 py-3.5">
              <div className={`${bar} h-4 w-24`} />
              <div className={`${bar} h-8 w-48`} />
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
