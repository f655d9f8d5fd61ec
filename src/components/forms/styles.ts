/** Tailwind classes shared by the dashboard's form controls. */
export const inputStyles =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand focus:outline-2 focus:outline-offset-0 focus:outline-brand/30 aria-invalid:border-red-600 sm:text-sm";

export const labelStyles = "block text-sm font-medium text-slate-800";

/** A red button for destructive actions ("Sí, quitar"). */
export const dangerButtonStyles =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-red-700 px-4 py-2.5 text-sm font-semibold text-white shadow-sm transition-colors hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60";
