/** Tailwind classes shared by `<button>`s and links that look like buttons. */
const base =
  "inline-flex items-center justify-center gap-2 rounded-lg font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const variants = {
  primary: "bg-brand text-brand-foreground shadow-sm hover:bg-brand-strong",
  secondary: "border border-slate-300 bg-white text-slate-800 shadow-sm hover:border-slate-400 hover:bg-slate-50",
  ghost: "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
  link: "rounded-sm text-brand underline-offset-4 hover:underline",
} as const;

const sizes = {
  sm: "px-3 py-1.5 text-sm",
  md: "px-4 py-2.5 text-sm",
  lg: "px-5 py-3 text-base",
} as const;

export type ButtonVariant = keyof typeof variants;
export type ButtonSize = keyof typeof sizes;

export function buttonStyles(variant: ButtonVariant = "primary", size: ButtonSize = "md") {
  return variant === "link" ? `${variants.link} text-sm font-medium` : `${base} ${variants[variant]} ${sizes[size]}`;
}
