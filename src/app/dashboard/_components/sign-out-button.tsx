"use client";

/**
 * Ends the next-auth session and returns to the login page; `label` comes translated from the server.
 * next-auth's client is fetched on the click, not with every dashboard page (docs/performance.md).
 */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/login" }))}
      className="rounded-lg border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
    >
      {label}
    </button>
  );
}
