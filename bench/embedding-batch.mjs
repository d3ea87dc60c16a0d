// 8. Embedding batch: the plugin's own work per 64-input batch (upstream faked in memory),
// beside the same batch over HTTP to a loopback TaaS double, for scale.

import { configWithBaseUrl } from "../test/support/host-context.ts";
import { registerPlugin } from "../test/support/recording-api.ts";
import { embedText } from "../test/support/taas-double/embeddings.ts";
import { startTaasDouble } from "../test/support/taas-double/taas-double.ts";
import { progress, runIfMain } from "./support/cli.mjs";
import { BENCH_DOUBLE, buildUrl } from "./support/paths.mjs";
import { fmt, median, summarize, timeCalls } from "./support/stats.mjs";
import {
  syntheticEmbeddingRows,
  syntheticEmbeddingsBody,
  syntheticVector,
} from "./support/synthetic.mjs";

const MS = 1e6;

const TARGET_P99_MS = 1;
const INPUTS = 64;
const DIMS = 1024;
const MODEL = "bge-m3";
/** The key, as the host's credential store would give it after onboarding. */
const storedKey = { credentials: async () => ({ secret: "sk-bench-embeddings" }) };

/** Memory-index chunks of a few hundred characters, as memory search sends them. */
const texts = Array.from(
  { length: INPUTS },
  (_, i) =>
    `note ${i}: ${"the kitten sat on the warm windowsill and watched the rain. ".repeat(6)}`,
);

/** Warm-up, then `rounds` × `calls`; per round p50 / p99 / max, summarised over rounds. */
async function measure(label, fn, { calls, rounds, warmup }) {
  await timeCalls(warmup, fn, MS);
  const perRound = [];
  for (let round = 0; round < rounds; round++) {
    progress(`embedding batch: ${label}, round ${round + 1}/${rounds} (${calls} calls)`);
    perRound.push(summarize(await timeCalls(calls, fn, MS)));
  }
  const pick = (key) => median(perRound.map((s) => s[key]));
  return { p50: pick("median"), p90: pick("p90"), p99: pick("p99"), max: pick("max"), n: calls };
}

/** An in-memory EmbeddingSource: the same 64 vectors every call, counted. */
function fakeSource() {
  const rows = syntheticEmbeddingRows(INPUTS, DIMS);
  return {
    calls: 0,
    async embed({ inputs }) {
      this.calls += 1;
      return { ok: true, rows: rows.slice(0, inputs.length), usage: { promptTokens: 1 } };
    },
  };
}

/** Every batch must come back whole: 64 vectors of DIMS, in input order. */
function checkBatch(vectors, expected) {
  const last = vectors.at(-1);
  return vectors.length === INPUTS && last.length === DIMS && last[7] === expected[7];
}

export async function embeddingBatch({ smoke = false } = {}) {
  await import("reflect-metadata");
  const { createCloudSigmaPlugin } = await import(buildUrl("composition/plugin-entry.js"));
  const { CREDENTIAL_STORE_KEY } = await import(buildUrl("ports/credential-source.port.js"));
  const { EMBEDDING_SOURCE } = await import(buildUrl("ports/embedding-source.port.js"));
  const { parseEmbeddingsBody } = await import(
    buildUrl("adapters/taas/embeddings/embeddings-wire.js")
  );
  const counts = smoke
    ? { calls: 20, rounds: 1, warmup: 5 }
    : { calls: 2_000, rounds: 5, warmup: 500 };
  const httpCounts = smoke
    ? { calls: 5, rounds: 1, warmup: 2 }
    : { calls: 300, rounds: 3, warmup: 50 };
  let badBatches = 0;
  let batches = 0;
  // The in-memory source answers synthetic vectors; the double, its own for each text.
  const batchOf =
    (provider, last = syntheticVector(INPUTS - 1, DIMS)) =>
    async () => {
      batches += 1;
      if (!checkBatch(await provider.embedBatch(texts), last)) badBatches += 1;
    };
  /** Upstream requests and batches while `fn` runs (create() may ask the vector size once). */
  const counting = async (requests, fn) => {
    const [requestsBefore, batchesBefore] = [requests(), batches];
    const stats = await fn();
    return { stats, requests: requests() - requestsBefore, batches: batches - batchesBefore };
  };

  // A: production wiring, only the upstream (embeddingSource) and the key replaced.
  const source = fakeSource();
  const fakeRequests = () => source.calls;
  const { embedding, memoryEmbedding } = registerPlugin(
    createCloudSigmaPlugin({
      override: (scope) => {
        scope.register(EMBEDDING_SOURCE, { useValue: source });
        scope.register(CREDENTIAL_STORE_KEY, { useValue: storedKey });
      },
    }),
  );
  const createOptions = { config: {}, model: `cloudsigma/${MODEL}`, provider: "cloudsigma" };
  const start = process.hrtime.bigint();
  const { provider } = await embedding.create(createOptions);
  const firstCreate = { ms: Number(process.hrtime.bigint() - start) / 1e6, requests: source.calls };
  const laterCreates = await counting(fakeRequests, () =>
    measure("create()", () => embedding.create(createOptions), counts),
  );
  const plugin = await counting(fakeRequests, () =>
    measure("embedBatch (2026.9 shape)", batchOf(provider), counts),
  );
  const memory = (await memoryEmbedding.create(createOptions)).provider;
  const memoryRun = await counting(fakeRequests, () =>
    measure("embedBatch (2026.6 memory shape)", batchOf(memory), counts),
  );

  // B: the same batch with the real TaaS adapter, over HTTP to a loopback double.
  const double = await startTaasDouble({ ...BENCH_DOUBLE, embeddingModels: { [MODEL]: DIMS } });
  let http;
  try {
    const registered = registerPlugin(
      createCloudSigmaPlugin({
        override: (scope) => scope.register(CREDENTIAL_STORE_KEY, { useValue: storedKey }),
      }),
    );
    const config = configWithBaseUrl(double.url);
    const created = await registered.embedding.create({ ...createOptions, config });
    http = await counting(
      () => double.embeddingRequests().length,
      () =>
        measure(
          "over loopback HTTP",
          batchOf(created.provider, embedText(texts[INPUTS - 1], DIMS)),
          httpCounts,
        ),
    );
  } finally {
    await double.close();
  }
  const batchRuns = [plugin, memoryRun, http];
  const requestsPerBatch = batchRuns.map((r) => r.requests / r.batches);
  const body = syntheticEmbeddingsBody(INPUTS, DIMS);
  const answerBytes = Buffer.byteLength(body);
  const parse = await measure("answer parse", async () => parseEmbeddingsBody(body), httpCounts);

  const row = (name, st) => [name, fmt(st.p50), fmt(st.p90), fmt(st.p99), fmt(st.max), st.n];
  const headers = ["path", "p50 ms", "p90 ms", "p99 ms", "max ms", "calls per round"];
  return {
    id: "embedding-batch",
    title: "8. Embedding batch",
    method: [
      `\`createCloudSigmaPlugin({ override })\` (registering the embedding source and the stored key) from \`build/composition/plugin-entry.js\`: production wiring with the upstream replaced by an in-memory fake that answers ${INPUTS} precomputed ${DIMS}-dimension vectors at once, and the key by a fixed one. Registered once against a recording api; the registered embedding provider's \`create()\` (model \`cloudsigma/${MODEL}\`, configured, so no discovery), then \`embedBatch\` of ${INPUTS} texts of ~370 characters, each call awaited and timed on its own with \`process.hrtime.bigint()\`. What is timed is the plugin's own work per batch: model choice, key lookup, batching, the vector checks (every value finite, one dimension) and the result.`,
      `${counts.warmup} warm-up batches, then ${counts.rounds} rounds of ${counts.calls}; per round p50, p90, p99 and max; the table gives the median over rounds. The 2026.6 memory-registry adapter (a thin wrapper) is measured the same way.`,
      `For scale: the same batch through the real TaaS adapter (guarded fetch, JSON body, parse, checks) against a loopback double on 127.0.0.1 that answers a prebuilt ${fmt(answerBytes / 1024 / 1024)} MiB body (${httpCounts.warmup} warm-up, ${httpCounts.rounds} × ${httpCounts.calls} batches), and \`parseEmbeddingsBody\` of that body alone (CPU the real adapter spends that the in-memory path does not).`,
    ],
    tables: [
      {
        caption: `Per batch of ${INPUTS} inputs × ${DIMS} dimensions`,
        headers,
        rows: [
          row("plugin's work: embedBatch, upstream in memory", plugin.stats),
          row("  same, 2026.6 memory adapter (embedBatch)", memoryRun.stats),
          row("for scale: embedBatch over loopback HTTP", http.stats),
          row("  of which: parse of the answer body", parse),
        ],
      },
      {
        caption: "Per index (once per model and gateway): create()",
        headers: ["call", "ms", "upstream requests"],
        rows: [
          [
            "first create() (loads the capability chunk)",
            fmt(firstCreate.ms),
            firstCreate.requests,
          ],
          [
            `later create(), p50 of ${laterCreates.stats.n * counts.rounds}`,
            fmt(laterCreates.stats.p50),
            laterCreates.requests,
          ],
        ],
      },
    ],
    targets: [
      {
        name: `plugin's work per ${INPUTS}-input embedding batch, p99 (upstream in memory)`,
        target: `< ${TARGET_P99_MS} ms`,
        measured: `${fmt(plugin.stats.p99)} ms (p50 ${fmt(plugin.stats.p50)} ms; over loopback HTTP p50 ${fmt(http.stats.p50)} ms)`,
        met: plugin.stats.p99 < TARGET_P99_MS,
        kind: "time",
      },
      {
        name: "upstream requests per batch: in memory, 2026.6 adapter, HTTP (model listings)",
        target: "1, 1, 1 (0)",
        measured: `${requestsPerBatch.map((n) => (Number.isInteger(n) ? n : fmt(n))).join(", ")} (${double.modelsRequests().length})`,
        met: requestsPerBatch.every((n) => n === 1) && double.modelsRequests().length === 0,
        kind: "count",
      },
      {
        name: `batches answered with ${INPUTS} vectors of ${DIMS}, in order`,
        target: "all",
        measured: badBatches === 0 ? "all" : `${badBatches} wrong`,
        met: badBatches === 0,
        kind: "count",
      },
    ],
    notes: [],
  };
}

await runIfMain(import.meta.url, embeddingBatch);
