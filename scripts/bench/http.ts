// The HTTP side of the bench: a production server (`next start`) of the bench's build, load from
// autocannon, and the server's CPU time read from /proc (Linux) for the whole process group.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { stopProcess, waitForHttp } from "../lib/processes";

type AutocannonRequest = {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: AutocannonRequest, context: Record<string, number>) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, number>) => void;
};
type AutocannonResult = {
  errors: number;
  timeouts: number;
  non2xx: number;
};
type Autocannon = (options: {
  url: string;
  connections: number;
  amount: number;
  timeout?: number;
  requests: AutocannonRequest[];
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) of every process `select(process)` picks, from /proc/<pid>/stat. */
function cpuSeconds(select: (process: { pid: number; ppid: number; pgrp: number }) => boolean): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // fields[0] is state (field 3): ppid is field 4 → index 1; pgrp 5 → 2; utime 14 → 11; stime 15 → 12.
      if (select({ pid: Number(entry), ppid: Number(fields[1]), pgrp: Number(fields[2]) }))
        ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* process gone */
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds (user + system) of every process in group `pgid`. */
export const groupCpuSeconds = (pgid: number) => cpuSeconds(({ pgrp }) => pgrp === pgid);

/**
 * CPU seconds (user + system) of one PostgreSQL server: its postmaster `postmasterPid` and the backends
 * and workers it forked (a backend's CPU leaves /proc when its connection closes).
 */
export const databaseCpuSeconds = (postmasterPid: number) => cpuSeconds(({ pid, ppid }) => pid === postmasterPid || ppid === postmasterPid);

/** Starts `next start` on `port` (its own process group); resolves once /login answers. */
export async function startApp(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess & { pid: number }> {
  // BENCH_APP_NODE_ARGS: extra node flags for the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = process.env.BENCH_APP_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitForHttp(`http://127.0.0.1:${port}/login`, 120_000);
  return child as ChildProcess & { pid: number };
}

export const stopApp = (child: ChildProcess) => stopProcess(child);

export type LoadResult = {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Responses with another status than `expect`, plus connection errors and timeouts. */
  errors: number;
  /** Server CPU (every process of the app's group) per request, ms. */
  cpuMsPerRequest: number;
  /** PostgreSQL's CPU (every postgres process) per request, ms. */
  databaseCpuMsPerRequest: number;
  /** Every response's time, ms, in arrival order. */
  durationsMs: number[];
};

/** Nearest-rank p50/p95/p99 of response times `ms`. */
export function percentiles(ms: number[]): { p50Ms: number; p95Ms: number; p99Ms: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return { p50Ms: rank(0.5), p95Ms: rank(0.95), p99Ms: rank(0.99) };
}

/**
 * Sends `amount` requests over `connections` connections; `make(i)` gives request i (path, method,
 * headers, body). Percentiles are nearest-rank over every response's time (ms), measured per
 * connection from the moment autocannon builds the request to its response.
 */
export async function load(
  baseUrl: string,
  appPid: number,
  {
    connections,
    amount,
    expect,
    make,
    postmasterPid,
  }: {
    connections: number;
    amount: number;
    expect: number;
    make: (i: number) => Omit<AutocannonRequest, "setupRequest" | "onResponse">;
    /** The database server's postmaster, whose CPU is measured too (0: not measured). */
    postmasterPid?: number;
  },
): Promise<LoadResult> {
  let i = 0;
  let wrong = 0;
  const durations: number[] = [];
  let lastResponse = 0;
  const cpuBefore = groupCpuSeconds(appPid);
  const databaseCpuBefore = postmasterPid ? databaseCpuSeconds(postmasterPid) : 0;
  const started = performance.now();
  const result = await autocannon({
    url: baseUrl,
    connections,
    amount,
    timeout: 30,
    requests: [
      {
        // One request at a time per connection: the connection's context carries its start.
        setupRequest: (request, context) => {
          context.started = performance.now();
          return { ...request, ...make(i++) };
        },
        onResponse: (status, _body, context) => {
          lastResponse = performance.now();
          durations.push(lastResponse - context.started!);
          if (status !== expect) wrong += 1;
        },
      },
    ],
  });
  // Up to the last response, not to autocannon's end: autocannon only stops on its 1 s sampling tick,
  // which would round every run up to whole seconds (80 requests in 1.2 s read as 40/s).
  const seconds = (lastResponse - started) / 1000;
  const cpu = groupCpuSeconds(appPid) - cpuBefore;
  const databaseCpu = postmasterPid ? databaseCpuSeconds(postmasterPid) - databaseCpuBefore : 0;
  return {
    requests: amount,
    perSecond: amount / seconds,
    ...percentiles(durations),
    errors: wrong + result.errors + result.timeouts,
    cpuMsPerRequest: (cpu * 1000) / amount,
    databaseCpuMsPerRequest: (databaseCpu * 1000) / amount,
    durationsMs: durations,
  };
}
