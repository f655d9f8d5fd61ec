// Prints the SQL that creates, from nothing, the schema in prisma/schema.prisma — the starting point for
// a new hand-checked migration (docs/development.md#migrations-without-prismas-native-engine: the native `prisma migrate dev` cannot run here).
// Uses a throw-away embedded PostgreSQL, because the engine wants a connection to exist.
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedDatabase } from "./lib/local-stack";
import { schemaToSql } from "./lib/migrations";

const db = await startEmbeddedDatabase({
  dataDir: path.join(os.tmpdir(), `assembly-schema-${process.pid}`),
  port: await freePort(),
  persistent: false,
});
try {
  process.stdout.write(await schemaToSql(db.ownerUrl));
} finally {
  await db.stop();
}
