// The test database server runs with TimeZone=America/Bogota (scripts/test.ts), like any server
// installed in Colombia. The app pins its sessions to UTC (the database default set by the
// migrations), so every instant it writes is stored as that instant, read back by anyone.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db/client";
import { ownerQuery } from "./support/app";

describe("timestamps on a server whose TimeZone is not UTC", () => {
  it("the server defaults to America/Bogota, the app's sessions run in UTC", async () => {
    const url = new URL(process.env.MIGRATION_DATABASE_URL!);
    url.pathname = "/postgres";
    const server = new pg.Client({ connectionString: url.toString() });
    await server.connect();
    try {
      expect((await server.query<{ TimeZone: string }>("SHOW TimeZone")).rows[0]!.TimeZone).toBe("America/Bogota");
    } finally {
      await server.end();
    }
    const [session] = await prisma.$queryRaw<{ tz: string }[]>`SELECT current_setting('TimeZone') AS tz`;
    expect(session!.tz).toBe("UTC");
  });

  it("an instant written through Prisma is stored as that instant (03:57 UTC stays 03:57 UTC)", async () => {
    const key = `tz-test:${randomUUID()}`;
    const at = new Date(Date.UTC(2026, 10, 30, 3, 57, 12, 345));
    await prisma.rateLimitCounter.create({ data: { key, windowStart: at, count: 1, expiresAt: at } });
    const [row] = await ownerQuery<{ epoch_ms: string; utc: string }>(
      `SELECT (extract(epoch FROM window_start) * 1000)::bigint::text AS epoch_ms,
              to_char(window_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS utc
       FROM rate_limit_counters WHERE key = $1`,
      [key],
    );
    expect(row).toEqual({ epoch_ms: String(at.getTime()), utc: "2026-11-30T03:57:12.345" });
    const read = await prisma.rateLimitCounter.findFirstOrThrow({ where: { key } });
    expect(read.windowStart.toISOString()).toBe(at.toISOString());
    await prisma.rateLimitCounter.deleteMany({ where: { key } });
  });
});
