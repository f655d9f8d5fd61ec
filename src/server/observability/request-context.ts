import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What every log line of one request carries (docs/rules.md#observability: "the organization id in every log line"):
 * the request id the proxy assigned, the method and path, and — once a tenant wrapper has resolved the
 * session — the organization id and whether it is a demo.
 */
export type RequestLogFields = {
  requestId: string;
  method: string;
  path: string;
  organizationId?: string;
  isDemo?: boolean;
};

const storage = new AsyncLocalStorage<RequestLogFields>();

/**
 * Runs `fn` with `fields` as the current request's context: every `log` call made inside it, at any
 * depth and across awaits, carries them (see `src/server/log.ts`).
 */
export function runWithRequestContext<T>(fields: RequestLogFields, fn: () => T): T {
  return storage.run({ ...fields }, fn);
}

/** The current request's fields, or undefined outside a request (scripts, cron CLI, tests). */
export function currentRequestContext(): Readonly<RequestLogFields> | undefined {
  return storage.getStore();
}

/**
 * Records which organization the current request acts for, once a tenant wrapper has resolved it from
 * the database: later log lines carry it, and `apiRoute` tags a demo's response with `X-Demo-Tenant`.
 * A no-op outside a request.
 */
export function bindRequestOrganization(organization: { id: string; isDemo: boolean }): void {
  const store = storage.getStore();
  if (!store) return;
  store.organizationId = organization.id;
  store.isDemo = organization.isDemo;
}
