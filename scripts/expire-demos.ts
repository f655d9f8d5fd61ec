// `npm run demos:expire`: the hourly cron's work from a shell (same code as GET /api/cron/expire-demos).
import { prisma } from "../src/server/db/client";
import { expireDemos } from "../src/server/demo/expire-demos";
import { purgeExpiredRateLimitCounters } from "../src/server/rate-limit/postgres-store";

try {
  const [result, rateLimitCountersPurged] = await Promise.all([expireDemos(), purgeExpiredRateLimitCounters()]);
  console.log(JSON.stringify({ ok: true, ...result, rateLimitCountersPurged }));
} finally {
  await prisma.$disconnect();
}
