import "server-only";
import { metrics } from "./metrics";

/**
 * Starts timing one demo provisioning NOW and returns the step to chain after it
 * (`provisionDemo(…)`: `prisma.$transaction(…).then(recordDemoProvisioning(scenario))`). Once the
 * transaction has committed with a new demo (`created: true`), it observes the elapsed time in
 * `assembly_demo_provisioning_seconds{scenario}` and counts `assembly_demos_created_total{scenario}`;
 * an existing demo (`created: false`) or a rolled-back transaction records nothing.
 * @param scenario the scenario's name, e.g. "urban-tower".
 * @returns a pass-through `.then` callback.
 */
export function recordDemoProvisioning<R extends { created: boolean }>(scenario: string): (result: R) => R {
  const startedAt = performance.now();
  return (result) => {
    if (result.created) {
      metrics.demoProvisioningSeconds.observe({ scenario }, (performance.now() - startedAt) / 1000);
      metrics.demosCreated.inc({ scenario });
    }
    return result;
  };
}
