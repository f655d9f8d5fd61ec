/** Tailwind classes of the assembly forms' controls (the login form's look). */
export const inputStyles =
  "mt-1.5 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand focus:outline-2 focus:outline-offset-0 focus:outline-brand/30 aria-invalid:border-red-500 sm:text-sm";

export const labelStyles = "block text-sm font-medium text-slate-800";

export const hintStyles = "mt-1 text-xs text-slate-600";

export const errorStyles = "mt-1 text-sm font-medium text-red-700";

/** A radio or checkbox inside a bordered option that highlights when chosen. */
export const choiceStyles =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white p-3 text-sm shadow-sm hover:border-slate-400 has-checked:border-brand has-checked:bg-brand-soft has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand";
