// Refuses to run tests against anything but a database on this machine: tests create and delete rows.
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set: run the tests through `npm test` (scripts/test.ts).");
const host = new URL(url).hostname;
if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
  throw new Error(`Refusing to run tests against a non-local database (${host}).`);
}
