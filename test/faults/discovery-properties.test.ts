import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TaasModelSource } from "../../src/adapters/taas/models/taas-model-source.js";
import { TaasClient } from "../../src/adapters/taas/taas-client.js";
import { manifestSeedCatalog } from "../../src/composition/container.js";
import { MAX_CATALOG_ROWS } from "../../src/domain/catalog/catalog-merge.js";
import { CatalogDiscovery } from "../../src/domain/catalog/discovery.js";
import { DEFAULT_DISCOVERY_POLICY } from "../../src/domain/catalog/discovery-policy.js";
import { DiscoveryStore } from "../../src/domain/catalog/discovery-store.js";
import type { HttpGuard } from "../../src/ports/http-guard.port.js";

const seed = manifestSeedCatalog();
const seedCopy = structuredClone(seed);
const limits = { timeoutMs: 5_000, maxBodyBytes: 4 * 1024 * 1024 };

/** The wire adapter and the domain together, upstream replaced by a guard that returns `body`. */
async function discoverFrom(body: string, status = 200) {
  const answer = async () => ({ kind: "response", status, body }) as const;
  const guard: HttpGuard = { get: answer, post: answer };
  const clock = { now: () => 0 };
  const discovery = new CatalogDiscovery({
    seed,
    source: new TaasModelSource(new TaasClient(guard, clock), limits),
    store: new DiscoveryStore(4),
    clock,
    fingerprint: { of: () => "fp" },
    log: { warn: () => {}, info: () => {} },
    policy: DEFAULT_DISCOVERY_POLICY,
  });
  return discovery.discover("https://taas.cloudsigma.com/v1", { secret: "sk-prop" });
}

const wireRow = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constantFrom(...seed.map((row) => row.id)), fc.anything()),
    name: fc.anything(),
    type: fc.oneof(
      fc.constantFrom("chat", "vision", "embedding", "rerank", "audio"),
      fc.anything(),
    ),
    capabilities: fc.oneof(
      fc.record(
        {
          chat_completions: fc.oneof(fc.boolean(), fc.anything()),
          vision: fc.oneof(fc.boolean(), fc.anything()),
          reasoning: fc.anything(),
          thinking: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    ),
    context_window: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    max_output_tokens: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    pricing: fc.oneof(fc.record({ input: fc.double(), output: fc.anything() }), fc.anything()),
  },
  { requiredKeys: [] },
);
const rowList = fc.array(fc.oneof(wireRow, fc.anything()), { maxLength: 40 });
const body = fc.oneof(
  fc.string(),
  fc.json(),
  rowList.map((rows) => JSON.stringify({ data: rows })),
  rowList.map((rows) => JSON.stringify(rows)),
);

describe("discovery over arbitrary upstream bodies", () => {
  it("never throws, never alters the seed, keeps ids unique and within the cap", async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom(200, 401, 500), async (text, status) => {
        const snapshot = await discoverFrom(text, status);
        expect(snapshot.models.slice(0, seed.length)).toEqual(seedCopy);
        const ids = snapshot.models.map((row) => row.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeLessThanOrEqual(MAX_CATALOG_ROWS);
      }),
      { numRuns: 300 },
    );
    expect(seed).toEqual(seedCopy);
  });

  it("gives image input to a new row only on explicit vision metadata", async () => {
    await fc.assert(
      fc.asyncProperty(rowList, async (rows) => {
        const snapshot = await discoverFrom(JSON.stringify({ data: rows }));
        for (const model of snapshot.models.slice(seed.length)) {
          if (!model.input.includes("image")) continue;
          const declared = rows.some(
            (row) =>
              typeof row === "object" &&
              row !== null &&
              (row as { id?: unknown }).id === model.id &&
              (row as { capabilities?: { vision?: unknown } }).capabilities?.vision === true,
          );
          expect(declared).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("yields only positive safe-integer limits and finite non-negative prices", async () => {
    await fc.assert(
      fc.asyncProperty(rowList, async (rows) => {
        const snapshot = await discoverFrom(JSON.stringify({ data: rows }));
        for (const model of snapshot.models) {
          expect(Number.isSafeInteger(model.contextWindow) && model.contextWindow > 0).toBe(true);
          expect(Number.isSafeInteger(model.maxTokens) && model.maxTokens > 0).toBe(true);
          for (const price of Object.values(model.cost)) {
            expect(Number.isFinite(price) && price >= 0).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
