"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn, useForm } from "react-hook-form";
import { useTranslations } from "use-intl";
import type { z } from "zod";
import { type ApiResponse, isSuccess, readApiError } from "@/components/api/send-json";
import { FORM_ERROR, fieldErrorsFromApi } from "./field-errors";
import { useErrorText } from "./use-error-text";

export type ApiForm<I extends FieldValues, O> = {
  /** The react-hook-form API (`register`, `control`, `watch`, `reset`, `formState`…). */
  form: UseFormReturn<I, unknown, O>;
  /** A stable element id for a field (or any part of the form): `idOf("email")`. */
  idOf: (name: string) => string;
  /** Localized text of a field's error (its code in the shared schema or the API's `fields`), if any. */
  fieldError: (name: Path<I>) => string | undefined;
  /** The form-level error (server refusal, network failure, an error of no single field). */
  formError: string | undefined;
  setFormError: (message: string | undefined) => void;
  /** True while validating, sending or handling the answer. */
  pending: boolean;
  /**
   * A submit handler for `<form onSubmit>`: validates with the schema (the first invalid field gets
   * the focus), sends the parsed values with `send`, then calls `onSuccess` for a 2xx answer; a 400's
   * `fields` go under their fields, any other refusal shows the server's message (it arrives in the
   * request's language) and a network failure says so.
   */
  onSubmit: (
    send: (values: O) => Promise<ApiResponse | null> | ApiResponse | null,
    onSuccess: (response: ApiResponse, values: O) => void,
  ) => (event?: React.BaseSyntheticEvent) => Promise<void>;
  /**
   * The `<form>`'s own props for a submit handler: no browser validation (the schema checks, with
   * accessible messages), `aria-busy` while pending, a second submit ignored meanwhile. `onStart` runs
   * on every submit first (to clear a previous confirmation); `pending` replaces the form's own (a form
   * that also waits for a page refresh).
   */
  formProps: (
    submit: (event: React.FormEvent<HTMLFormElement>) => Promise<void>,
    options?: { onStart?: () => void; pending?: boolean },
  ) => { noValidate: true; "aria-busy": boolean; onSubmit: (event: React.FormEvent<HTMLFormElement>) => void };
};

/**
 * The one way to build a form that posts to the API: react-hook-form with the SAME zod schema the
 * route validates with (`src/lib/schemas/*`), whose messages are codes ("invalid_phone") turned into
 * text by `useErrorText`. Inputs stay accessible through `TextField` / `ChoiceGroup` (label,
 * `aria-invalid`, error text tied with `aria-describedby`).
 */
export function useApiForm<I extends FieldValues, O>({
  schema,
  defaultValues,
  errorText: customErrorText,
  networkError,
  genericError,
}: {
  schema: z.ZodType<O, I>;
  defaultValues: DefaultValues<I>;
  /** Maps an error code to text when the `forms` catalogue is not the right one. */
  errorText?: (code: string) => string;
  /** Text for "the server could not be reached" (default: the `forms` catalogue's). */
  networkError?: string;
  /** Text for a refusal without a message (default: the `common` catalogue's). */
  genericError?: string;
}): ApiForm<I, O> {
  const formsText = useErrorText();
  const errorText = customErrorText ?? formsText;
  const tForms = useTranslations("forms");
  const tCommon = useTranslations("common");
  const form = useForm<I, unknown, O>({
    resolver: zodResolver(schema as never) as unknown as Resolver<I, unknown, O>,
    defaultValues,
    shouldFocusError: true,
  });
  const [formError, setFormError] = useState<string>();
  const [sending, setSending] = useState(false);
  const baseId = useId();

  const fieldError = (name: Path<I>) => {
    const error = form.getFieldState(name, form.formState).error;
    return error?.message ? errorText(error.message) : undefined;
  };

  // An error of the whole object (a refine without a path, e.g. "empty_update") lands on the root.
  const errors = form.formState.errors as Record<string, { message?: unknown } | undefined>;
  const rootMessage = [errors[""], errors[FORM_ERROR], errors.root].find((e) => typeof e?.message === "string")?.message;
  const rootCode = typeof rootMessage === "string" ? rootMessage : undefined;

  const onSubmit: ApiForm<I, O>["onSubmit"] = (send, onSuccess) =>
    form.handleSubmit(
      async (values) => {
        setFormError(undefined);
        setSending(true);
        const response = await send(values);
        setSending(false);
        if (!response) return setFormError(networkError ?? tForms("networkError"));
        if (isSuccess(response)) return onSuccess(response, values);
        const error = readApiError(response.body);
        const fields = response.status === 400 ? fieldErrorsFromApi(error.fields) : {};
        const known = Object.keys(fields).filter((name) => name !== FORM_ERROR && name in (form.getValues() as object));
        known.forEach((name, index) =>
          form.setError(name as Path<I>, { type: "server", message: fields[name] }, { shouldFocus: index === 0 }),
        );
        if (known.length === 0) setFormError(error.message ?? genericError ?? tCommon("genericError"));
      },
      () => setFormError(undefined),
    );

  const pending = sending || form.formState.isSubmitting;
  const formProps: ApiForm<I, O>["formProps"] = (submit, options) => {
    const busy = options?.pending ?? pending;
    return {
      noValidate: true,
      "aria-busy": busy,
      onSubmit: (event) => {
        options?.onStart?.();
        if (busy) event.preventDefault();
        else void submit(event);
      },
    };
  };

  return {
    form,
    formProps,
    idOf: (name) => `${baseId}-${name}`,
    fieldError,
    formError: formError ?? (rootCode ? errorText(rootCode) : undefined),
    setFormError,
    pending,
    onSubmit,
  };
}
