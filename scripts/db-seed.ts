// `npm run db:seed` (idempotent): the shared QA demo demo@assembly2.com with its organization
// "Demo - P.H. Urban Tower" (is_demo, no expiry), and a SUPER_ADMIN user for each SUPER_ADMIN_EMAILS entry.
// Run with `tsx --conditions=react-server` (server-only modules); needs DATABASE_URL (dev.ts/test.ts set it).
import { seedPlatform } from "../src/server/demo/seed-platform";
import { prisma } from "../src/server/db/client";

try {
  const result = await seedPlatform();
  console.log(
    `[seed] QA demo ${result.qaDemoCreated ? "created" : "already present"}; super admins: ${result.superAdmins.join(", ") || "none"}; templates: ${result.templates.join(", ")}`,
  );
} finally {
  await prisma.$disconnect();
}
