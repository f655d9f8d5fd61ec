// Runs a server-side script (`tsx --conditions=react-server <script>`) against the configured database,
// or — when DATABASE_URL is unset — against the embedded development database, started (and migrated)
// for the duration of the script. Used by db:seed, demos:expire and bench.
// `--fresh` (before the script) ignores both and starts a throwaway embedded database under
// .data/bench-pg on a free port, deleted afterwards: measurements then never depend on, or litter,
// the development data.
import { resolveDatabase, type ResolvedDatabase } from "./lib/dev-database";
import { freePort, startEmbeddedDatabase } from "./lib/local-stack";
import { run } from "./lib/processes";

const args = process.argv.slice(2);
const fresh = args[0] === "--fresh";
const [script, ...rest] = fresh ? args.slice(1) : args;
if (!script) throw new Error("usage: tsx scripts/with-database.ts [--fresh] <script.ts> [args]");

async function freshDatabase(): Promise<ResolvedDatabase> {
  const embedded = await startEmbeddedDatabase({ dataDir: ".data/bench-pg", port: await freePort(), persistent: false });
  return { appUrl: embedded.appUrl, ownerUrl: embedded.ownerUrl, embedded };
}

const db = fresh ? await freshDatabase() : await resolveDatabase();
let code = 1;
try {
  code = await run("npx", ["tsx", "--conditions=react-server", script, ...rest], {
    ...process.env,
    DATABASE_URL: db.appUrl,
    MIGRATION_DATABASE_URL: db.ownerUrl,
  });
} finally {
  await db.embedded?.stop();
}
process.exit(code);
