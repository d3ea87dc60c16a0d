// 2. Warm catalog: provider.catalog.run(ctx) with the live catalog already cached.

import { envKeyContext } from "../test/support/host-context.ts";
import { registerPlugin } from "../test/support/recording-api.ts";
import { progress, runIfMain } from "./support/cli.mjs";
import { buildUrl } from "./support/paths.mjs";
import { exactCount } from "./support/report.mjs";
import { fmt, median, summarize, timeCalls } from "./support/stats.mjs";
import { syntheticModelsBody } from "./support/synthetic.mjs";

const US = 1e3;

const TARGET_P50_US = 50;
const LIVE_ROWS = 5;

export async function warmCatalog({ smoke = false } = {}) {
  await import("reflect-metadata");
  const { createCloudSigmaPlugin } = await import(buildUrl("composition/plugin-entry.js"));
  const { MODEL_SOURCE } = await import(buildUrl("ports/model-source.port.js"));
  const { parseModelsBody } = await import(buildUrl("adapters/taas/models/models-wire.js"));

  const rows = parseModelsBody(syntheticModelsBody(LIVE_ROWS));
  const modelSource = {
    calls: 0,
    async listModels() {
      this.calls += 1;
      return { ok: true, rows };
    },
  };
  const plugin = createCloudSigmaPlugin({
    override: (scope) => scope.register(MODEL_SOURCE, { useValue: modelSource }),
  });
  const { provider, modelCatalog } = registerPlugin(plugin);
  const ctx = envKeyContext("sk-bench");

  const first = await provider.catalog.run(ctx);
  const expectedRows = 13 + LIVE_ROWS;
  if (first.provider.models.length !== expectedRows || first.outcomes?.[0]?.status !== "ready") {
    throw new Error(`unexpected first catalog: ${first.provider.models.length} rows`);
  }

  const calls = smoke ? 50 : 10_000;
  const rounds = smoke ? 1 : 5;
  const warmupCalls = smoke ? 10 : 2_000;
  const surfaces = [
    ["provider.catalog.run(ctx)", () => provider.catalog.run(ctx)],
    ["modelCatalog.liveCatalog(ctx)", () => modelCatalog.liveCatalog(ctx)],
  ];
  const perSurface = new Map(surfaces.map(([name]) => [name, []]));
  for (const [, fn] of surfaces) await timeCalls(warmupCalls, fn, US);
  for (let round = 0; round < rounds; round++) {
    progress(`warm catalog: round ${round + 1}/${rounds} (${calls} calls per surface)`);
    for (const [name, fn] of surfaces)
      perSurface.get(name).push(summarize(await timeCalls(calls, fn, US)));
  }
  const last = await provider.catalog.run(ctx);
  const lastRows = last.provider.models.length;

  const tableRows = [];
  for (const [name, roundsStats] of perSurface) {
    const pick = (key) => median(roundsStats.map((s) => s[key]));
    const range = (key) =>
      `${fmt(Math.min(...roundsStats.map((s) => s[key])))} – ${fmt(Math.max(...roundsStats.map((s) => s[key])))}`;
    tableRows.push([
      name,
      fmt(pick("median")),
      range("median"),
      fmt(pick("p90")),
      fmt(pick("p99")),
      range("p99"),
      fmt(pick("max")),
    ]);
  }
  const runStats = perSurface.get(surfaces[0][0]);
  const p50 = median(runStats.map((s) => s.median));
  const p99 = median(runStats.map((s) => s.p99));

  return {
    id: "warm-catalog",
    title: "2. Warm catalog",
    method: [
      "`createCloudSigmaPlugin({ override })` from `build/composition/plugin-entry.js`, with `MODEL_SOURCE` registered as an in-memory fake returning " +
        `${LIVE_ROWS} live chat rows and counting its calls; everything else is production wiring (system clock, 60 s TTL). Registered once against a recording api.`,
      'Context: `{ config: {}, env: {}, resolveProviderApiKey: () => ({ apiKey: "CLOUDSIGMA_API_KEY", discoveryApiKey: "sk-bench" }) }`. One `catalog.run(ctx)` fills the cache; then ' +
        `${warmupCalls} warm-up calls, then ${rounds} rounds of ${calls} calls, each call awaited and timed on its own with \`process.hrtime.bigint()\`.`,
      "Per round: p50, p90, p99 and max of the individual calls; the table gives the median over rounds and the range between rounds. `modelCatalog.liveCatalog(ctx)` (the picker surface) is measured the same way, for reference.",
    ],
    tables: [
      {
        caption: `Per call, µs (${rounds} × ${calls} calls, ${lastRows} rows returned per call)`,
        headers: ["surface", "p50", "p50 range", "p90", "p99", "p99 range", "max"],
        rows: tableRows,
      },
    ],
    targets: [
      {
        name: "warm catalog.run p50",
        target: `< ${TARGET_P50_US} µs`,
        measured: `${fmt(p50)} µs (p99 ${fmt(p99)} µs)`,
        met: p50 < TARGET_P50_US,
        kind: "time",
      },
      exactCount("upstream listings for the whole run", 1, modelSource.calls),
      exactCount("rows per warm answer (13 seed + live)", expectedRows, lastRows),
    ],
    notes: [],
  };
}

await runIfMain(import.meta.url, warmCatalog);
