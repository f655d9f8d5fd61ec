/** Small helpers to run and supervise child processes from the dev/test scripts. */
import { type ChildProcess, spawn } from "node:child_process";

/** Runs a command to completion with inherited stdio. @returns its exit code (1 when killed). */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(127));
  });
}

/** Starts a long-running command; stop it with `stopProcess`. */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, quiet = false): ChildProcess {
  return spawn(command, args, { stdio: quiet ? "ignore" : "inherit", env, detached: true });
}

/** Sends SIGTERM to the process group and waits up to `ms` before SIGKILL. */
export async function stopProcess(child: ChildProcess | undefined, ms = 5_000): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  }, ms);
  await exited;
  clearTimeout(timer);
}

/** Polls `url` until it answers (any status below 500) or `timeoutMs` passes. @throws on timeout. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out waiting for ${url}`);
}

/**
 * Starts a throwaway `redis-server` on 127.0.0.1:`port` with no persistence (the Upstash store of the
 * tests talks to it). Stop it with `stopProcess`.
 */
export function startRedis(port: number): ChildProcess {
  return start("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], process.env, true);
}
