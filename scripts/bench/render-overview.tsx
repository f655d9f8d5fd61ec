// `tsx scripts/bench/render-overview.tsx <samples.json> <warmup>`: renders the overview body of each
// sample ({ locale, overview, credits }, as loaded by scripts/bench/overview.ts) to HTML with
// react-dom/server `renderToString` — the page's content components (`Localized` + `OverviewBody`,
// interactive), as a server render would produce them, outside Next (no RSC/Flight step). Prints the
// durations (ms) of the renders after the first `warmup` as JSON on stdout.
// A separate process because the bench runs with `--conditions=react-server`, where react-dom/server
// and the client components (charts) are unavailable.
import { readFile } from "node:fs/promises";
import { renderToString } from "react-dom/server";
import { Localized } from "../../src/components/forms/localized";
import { resolveLocale } from "../../src/lib/i18n";
import { OverviewBody } from "../../src/app/dashboard/admin-ph/_components/overview-content";
import type { DashboardOverview } from "../../src/server/dashboard/get-dashboard-overview";

type Sample = { locale: string; overview: DashboardOverview; credits: number };

const [file, warmupArg] = process.argv.slice(2);
if (!file) throw new Error("usage: render-overview.tsx <samples.json> <warmup>");
const warmup = Number(warmupArg ?? 0);
const samples = JSON.parse(await readFile(file, "utf8")) as Sample[];
const ms: number[] = [];
let bytes = 0;
for (const [i, { locale, overview, credits }] of samples.entries()) {
  const started = performance.now();
  const l = resolveLocale(locale);
  const html = renderToString(
    <Localized locale={l}>
      <OverviewBody locale={l} overview={overview} credits={credits} interactive />
    </Localized>,
  );
  if (i >= warmup) {
    ms.push(performance.now() - started);
    bytes = html.length;
  }
}
process.stdout.write(JSON.stringify({ ms, htmlBytes: bytes }) + "\n");
