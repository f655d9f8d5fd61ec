import Link from "next/link";

/**
 * The Assembly word mark; links home, without prefetching: home is the static landing page, another
 * root layout than the pages showing the mark (a full page load), so a prefetch would be wasted work
 * while they load.
 */
export function Logo() {
  return (
    <Link href="/" prefetch={false} className="inline-flex items-center gap-2 rounded-md text-lg font-bold tracking-tight text-slate-900">
      <span aria-hidden="true" className="bg-brand text-brand-foreground grid size-8 place-items-center rounded-lg text-sm">
        A
      </span>
      Assembly
    </Link>
  );
}
