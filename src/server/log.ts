import "server-only";
import pino from "pino";
import { env } from "@/env";

/** Structured JSON logger (pino). Errors are logged here with their stack; responses never carry it. */
export const log = pino({
  level: env.NODE_ENV === "test" ? "warn" : "info",
  base: { service: "assembly-demo" },
});
