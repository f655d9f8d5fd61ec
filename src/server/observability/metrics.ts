import "server-only";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { rateLimitPolicies } from "@/server/rate-limit/policies";

/**
 * The app's Prometheus metrics (docs/rules.md#observability), in a Registry of their own — not prom-client's global
 * default, which any dependency could write to.
 *
 * Two kinds, on purpose:
 * - Counters and the histogram are incremented in code and live in THIS process's memory. That is the
 *   Prometheus norm: every instance is scraped on its own and the server sums them (`sum(rate(…))`);
 *   a restart resets them, which `rate()` handles. Behind a load balancer, one scrape shows one
 *   instance's share only.
 * - Gauges (`assembly_active_demos`, `assembly_demos`, `assembly_leads`) and `assembly_cron_runs_total`
 *   are read from the DATABASE at scrape time (`collectDatabaseGauges`), so every instance reports the
 *   same shared truth — aggregate them with `max`, not `sum`.
 *
 * Created once per process and kept on `globalThis`, so route bundles that each load this module (and
 * dev hot reloads) share one registry instead of each counting its own part.
 */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const rateLimited = new Counter({
    name: "assembly_rate_limited_total",
    help: "Requests refused with 429 by a rate-limit policy (this instance).",
    labelNames: ["policy"] as const,
    registers,
  });
  for (const policy of Object.keys(rateLimitPolicies)) rateLimited.inc({ policy }, 0);

  const otpFailed = new Counter({
    name: "assembly_otp_failed_total",
    help: "Login verifications refused (this instance): wrong_code, no_usable_code (expired, used, locked after 5 tries, or never sent), or bad_link (a one-click link that is wrong, expired or used).",
    labelNames: ["reason"] as const,
    registers,
  });
  for (const reason of ["wrong_code", "no_usable_code", "bad_link"]) otpFailed.inc({ reason }, 0);

  return {
    registry,
    rateLimited,
    otpFailed,
    otpSent: new Counter({ name: "assembly_otp_sent_total", help: "Login-code emails sent (this instance).", registers }),
    demoProvisioningSeconds: new Histogram({
      name: "assembly_demo_provisioning_seconds",
      help: "Time to provision a new demo (organization, user and scenario content, one transaction), seconds (this instance).",
      labelNames: ["scenario"] as const,
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5],
      registers,
    }),
    demosCreated: new Counter({
      name: "assembly_demos_created_total",
      help: "Demos provisioned (this instance).",
      labelNames: ["scenario"] as const,
      registers,
    }),
    activeDemos: new Gauge({
      name: "assembly_active_demos",
      help: "Demo organizations that are active and not past their expiry (database, at scrape time).",
      registers,
    }),
    demos: new Gauge({
      name: "assembly_demos",
      help: "Demo organizations by status (an active demo past its expiry counts as expired) and scenario (database, at scrape time).",
      labelNames: ["status", "scenario"] as const,
      registers,
    }),
    leads: new Gauge({
      name: "assembly_leads",
      help: "Leads by funnel stage (database, at scrape time).",
      labelNames: ["funnel_stage"] as const,
      registers,
    }),
    // A count that only grows, so exposed as a counter, but read from the database like the gauges
    // (`collectDatabaseGauges` resets it and adds the current total on each scrape).
    cronRuns: new Counter({
      name: "assembly_cron_runs_total",
      help: "Lifecycle cron runs recorded in audit_log (actor 'cron', action 'cron.run') by outcome; until the first such row, outcome demo_expired counts demos the cron expired instead (database, at scrape time).",
      labelNames: ["outcome"] as const,
      registers,
    }),
    databaseUp: new Gauge({
      name: "assembly_metrics_database_up",
      help: "1 when the database gauges of this scrape could be read, 0 when the database failed (the gauges are then absent).",
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const globalForMetrics = globalThis as unknown as { [key: symbol]: Metrics | undefined };
const KEY = Symbol.for("assembly-demo.metrics");

/** The process's metrics (see `createMetrics`). */
export const metrics: Metrics = (globalForMetrics[KEY] ??= createMetrics());
