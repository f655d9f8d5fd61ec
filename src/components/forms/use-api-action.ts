"use client";

import { useState } from "react";
import { type ApiResponse, isSuccess, readApiError, sendJson } from "@/components/api/send-json";

/**
 * One API call behind a button (no fields to fill: "Cerrar asamblea", "Simular", "Avanzar 30 días"):
 * `run` sends it, `pending` is true meanwhile, and a refusal leaves the server's message in `error`
 * (it arrives in the request's language; `failed` when it has none, `networkError` when the server
 * could not be reached). Forms with fields use `useApiForm` instead.
 */
export function useApiAction(texts: { networkError: string; failed: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  /**
   * Sends `payload` (none for `undefined`) to `url`; a 2xx answer goes to `onSuccess`. `onRefused`
   * may take a refusal itself (return true), e.g. a 410 that replaces the page.
   */
  const run = async (
    request: { method: "POST" | "PATCH" | "DELETE"; url: string; payload?: unknown },
    onSuccess: (response: ApiResponse) => unknown,
    onRefused?: (response: ApiResponse) => boolean,
  ) => {
    setPending(true);
    setError(undefined);
    const response = await sendJson(request.method, request.url, request.payload);
    setPending(false);
    if (response && isSuccess(response)) return void (await onSuccess(response));
    if (response && onRefused?.(response)) return;
    setError(response ? (readApiError(response.body).message ?? texts.failed) : texts.networkError);
  };

  return { run, pending, error, setError };
}
