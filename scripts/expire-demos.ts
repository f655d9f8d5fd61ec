// `npm run demos:expire`: the hourly cron's work from a shell (same code as GET /api/cron/expire-demos).
import { prisma } from "../src/server/db/client";
import { runLifecycle } from "../src/server/lifecycle/run-lifecycle";

try {
  const result = await runLifecycle(new Date());
  console.log(JSON.stringify(result));
  if (!result.ok) process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
