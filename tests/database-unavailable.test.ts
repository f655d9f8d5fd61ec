// A database that cannot be reached answers 503 `database_unavailable` with Retry-After — checked with
// the errors a real Prisma client raises against a port where nothing listens and against a server
// that is shut down under an open connection, not with hand-made error objects.
import { PrismaPg } from "@prisma/adapter-pg";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/server/db/is-database-unavailable";
import { PrismaClient } from "@/server/db/generated/client";
import { errorResponse } from "@/server/http/respond";
import { freePort, startEmbeddedDatabase } from "../scripts/lib/local-stack";

async function errorOf(client: PrismaClient): Promise<unknown> {
  try {
    await client.$queryRaw`SELECT 1`;
  } catch (error) {
    return error;
  }
  throw new Error("the query unexpectedly succeeded");
}

describe("database unavailable", () => {
  it("answers 503 with Retry-After and a JSON reason when nothing listens on the database port", async () => {
    const port = await freePort();
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: `postgresql://x:y@127.0.0.1:${port}/none`, connectionTimeoutMillis: 2_000 }),
    });
    try {
      const error = await errorOf(client);
      expect(isDatabaseUnavailable(error)).toBe(true);
      const res = errorResponse(error, "es");
      expect(res.status).toBe(503);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await res.json()).toEqual({
        error: {
          code: "database_unavailable",
          message: "No podemos conectar con la base de datos en este momento. Intenta de nuevo en unos segundos.",
        },
      });
    } finally {
      await client.$disconnect();
    }
  });

  it("recognises a server shut down under an open pool, and the same pool works again once it is back", async () => {
    const port = await freePort();
    const dataDir = path.join(".data", `unavailable-pg-${process.pid}`);
    let db = await startEmbeddedDatabase({ dataDir, port, persistent: true });
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.ownerUrl, max: 2, connectionTimeoutMillis: 2_000 }) });
    try {
      await client.$queryRaw`SELECT 1`;
      await db.stop();
      const error = await errorOf(client);
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(errorResponse(error, "en").status).toBe(503);
      db = await startEmbeddedDatabase({ dataDir, port, persistent: false });
      expect(await client.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      await client.$disconnect();
      await db.stop();
    }
  }, 120_000);

  it("does not mistake a bad query for an outage", async () => {
    const error = Object.assign(new Error('relation "nope" does not exist'), { code: "42P01" });
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(errorResponse(error, "es").status).toBe(500);
  });
});
