import { prisma } from "@/server/db/client";
import { scenarios } from "@/server/scenarios/registry";
import { seedScenario } from "@/server/scenarios/seed-scenario";
import { provisionDemo } from "@/server/demo/provision-demo";

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]!; };
const seedMs: number[] = [];
for (let i = 0; i < 23; i++) {
  await prisma.$transaction(async (tx) => {
    const org = await tx.organization.create({ data: { name: "t", isDemo: true }, select: { id: true } });
    const t = performance.now();
    await seedScenario(tx, { organizationId: org.id, scenario: scenarios["urban-tower"], now: new Date() });
    if (i >= 3) seedMs.push(performance.now() - t);
  });
}
const provMs: number[] = [];
for (let i = 0; i < 23; i++) {
  const t = performance.now();
  await provisionDemo({ email: `t${Date.now()}-${i}@x.test`, scenario: scenarios["urban-tower"] });
  if (i >= 3) provMs.push(performance.now() - t);
}
console.log(`seed p50 ${pct(seedMs, 0.5).toFixed(1)} p95 ${pct(seedMs, 0.95).toFixed(1)}; provision p50 ${pct(provMs, 0.5).toFixed(1)} p95 ${pct(provMs, 0.95).toFixed(1)}`);
await prisma.$disconnect();
