import "server-only";
import pino from "pino";
import { env } from "@/env";
import { currentRequestContext } from "@/server/observability/request-context";

/**
 * Builds the app's pino logger: JSON lines with `service`, and — inside a request — the request's
 * context (`requestId`, `method`, `path`, and once a tenant wrapper resolved it, `organizationId` and
 * `isDemo`; see `runWithRequestContext`). The context is merged by pino's `mixin` rather than bound to
 * a child logger handed down the call chain, so it is also on lines written by code that never sees
 * the request (`errorResponse`, the rate limiter, the mailer).
 * @param destination where lines go (default: stdout); tests pass a stream to read them.
 * @param level the least severe level written (default: LOG_LEVEL — "warn" under tests, else "info").
 */
export function createLogger({ destination, level }: { destination?: pino.DestinationStream; level?: pino.Level } = {}): pino.Logger {
  const options: pino.LoggerOptions = {
    level: level ?? env.LOG_LEVEL,
    base: { service: "assembly-demo" },
    mixin: () => ({ ...currentRequestContext() }),
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Structured JSON logger (pino). Errors are logged here with their stack; responses never carry it. */
export const log = createLogger();
