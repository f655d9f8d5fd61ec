"use client";

import type { FormHTMLAttributes } from "react";

/**
 * The `<form>` of a `useApiForm` form: no browser validation (the shared zod schema checks it, with
 * accessible messages), `aria-busy` while sending, and a second submit ignored while one is pending.
 * `onStart` runs on every submit first (to clear a previous confirmation).
 */
export function ApiFormElement({
  pending,
  submit,
  onStart,
  children,
  ...form
}: Omit<FormHTMLAttributes<HTMLFormElement>, "onSubmit"> & {
  pending: boolean;
  submit: (event: React.FormEvent<HTMLFormElement>) => Promise<void>;
  onStart?: () => void;
}) {
  return (
    <form
      noValidate
      aria-busy={pending}
      {...form}
      onSubmit={(event) => {
        onStart?.();
        if (pending) event.preventDefault();
        else void submit(event);
      }}
    >
      {children}
    </form>
  );
}
