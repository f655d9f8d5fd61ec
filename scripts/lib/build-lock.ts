/** One app build per checkout at a time: `npm test` and `npm run test:topology` share .next-test. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Takes the checkout's build lock (.data/test-app.lock, naming its pid; a dead owner's lock is taken
 * over), waiting while another live run holds it. @returns the function that releases it.
 */
export async function acquireBuildLock(): Promise<() => Promise<void>> {
  const lock = path.join(".data", "test-app.lock");
  mkdirSync(".data", { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      return async () => rmSync(lock, { recursive: true, force: true });
    } catch {
      const owner = Number(readFileSync(path.join(lock, "pid"), { encoding: "utf8", flag: "a+" }) || 0);
      let alive = false;
      try {
        if (owner) process.kill(owner, 0);
        alive = owner > 0;
      } catch {
        alive = false;
      }
      if (!alive) rmSync(lock, { recursive: true, force: true });
      else {
        console.log(`[test] waiting for another test run (pid ${owner}) to finish with .next-test…`);
        await new Promise((r) => setTimeout(r, 5_000));
      }
    }
  }
}
