// `npm run db:migrate`: applies prisma/migrations as the owner (MIGRATION_DATABASE_URL, else DATABASE_URL)
// and grants the app role (the user in DATABASE_URL) its table rights. With nothing configured it
// migrates the embedded development database.
import { resolveDatabase } from "./lib/dev-database";
import { migrateAndGrant } from "./lib/local-stack";

const db = await resolveDatabase();
try {
  const applied = await migrateAndGrant(db.ownerUrl, db.appUrl);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.embedded?.stop();
}
