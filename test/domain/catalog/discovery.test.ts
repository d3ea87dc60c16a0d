import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conservativeModel } from "../../../src/domain/catalog/capability-policy.js";
import { outcomeOf } from "../../../src/domain/catalog/catalog-snapshot.js";
import { liveModels } from "../../../src/domain/catalog/discovery.js";
import { DEFAULT_DISCOVERY_POLICY } from "../../../src/domain/catalog/discovery-policy.js";
import type { ModelDefinition } from "../../../src/domain/shared/model.js";
import { isUsableModelId } from "../../../src/domain/shared/values.js";
import type { LiveModelCandidate, ModelListing } from "../../../src/ports/model-source.port.js";
import type { UpstreamFailure } from "../../../src/ports/upstream-failure.port.js";
import {
  chatRow,
  deferred,
  discoveryHarness,
  FakeModelSource,
  modelRow,
  TEST_POLICY,
  UPSTREAM_FAILURES,
} from "../fakes.js";

const BASE = "https://taas.cloudsigma.com/v1";
const SECRET = "sk-canary-7d1f0e";
const KEY = { secret: SECRET, configMarker: "CLOUDSIGMA_API_KEY" };
const seed: readonly ModelDefinition[] = [modelRow("gpt-5.5"), modelRow("qwen3-vl")];
const ids = (rows: readonly ModelDefinition[]) => rows.map((row) => row.id);
const ok = (...rowIds: string[]): ModelListing => ({
  ok: true,
  rows: rowIds.map((id) => chatRow(id)),
});
const fail = (failure: UpstreamFailure): ModelListing => ({ ok: false, failure });
const TIMEOUT: UpstreamFailure = { kind: "unavailable", reason: "timeout" };
const REJECTED: UpstreamFailure = { kind: "auth-rejected", status: 401 };
const SEED_AFTER_TIMEOUT = { models: seed, source: "static", failure: TIMEOUT };
const harness = (source: FakeModelSource) => discoveryHarness(source, seed);
/** Advances the clock, discovers once, and says how many listings upstream has seen so far. */
const upstreamCallsAfter = (h: ReturnType<typeof harness>) => async (ms: number) => {
  h.clock.advance(ms);
  await h.discovery.discover(BASE, KEY);
  return h.source.calls.length;
};

describe("CatalogDiscovery without a key", () => {
  it.each([
    ["no credentials", {}],
    ["a config marker but no secret", { configMarker: "CLOUDSIGMA_API_KEY" }],
    ["an empty secret", { secret: "", configMarker: "CLOUDSIGMA_API_KEY" }],
  ])("serves the seed and never calls the model source with %s", async (_label, credentials) => {
    const h = harness(FakeModelSource.listing([chatRow("live-only")]));
    expect(await h.discovery.discover(BASE, credentials)).toEqual({
      models: seed,
      source: "static",
    });
    expect(h.source.calls).toEqual([]);
    expect(h.store.size).toBe(0);
    expect(h.log.lines).toEqual([]);
  });
});

describe("CatalogDiscovery with a refused base URL", () => {
  it.each([
    ["plain http to a remote host", "http://taas.cloudsigma.com/v1"],
    ["a non-https scheme", "ftp://taas.cloudsigma.com/v1"],
    ["embedded credentials", "https://user:pw@taas.cloudsigma.com/v1"],
    ["an unparseable URL", "not a url"],
  ])("serves the seed without any call for %s", async (_label, baseUrl) => {
    const h = harness(FakeModelSource.listing([chatRow("live-only")]));
    expect(await h.discovery.discover(baseUrl, KEY)).toEqual({
      models: seed,
      source: "static",
      failure: { kind: "unavailable", reason: "refused" },
    });
    expect(h.source.calls).toEqual([]);
  });

  it("warns once per base URL, without the credentials in it", async () => {
    const h = harness(FakeModelSource.listing([]));
    const baseUrl = `https://user:${SECRET}@taas.cloudsigma.com/v1`;
    await h.discovery.discover(baseUrl, KEY);
    await h.discovery.discover(baseUrl, KEY);
    await h.discovery.discover("not a url", KEY);
    expect(h.log.warnings).toHaveLength(2);
    expect(h.log.warnings[0]).toContain("https://taas.cloudsigma.com/v1");
    expect(h.log.warnings[1]).toContain("an unparseable base URL");
    expect(h.log.lines.join("\n")).not.toContain(SECRET);
  });

  it("still calls a plain-http loopback endpoint (local doubles and proxies)", async () => {
    const h = harness(FakeModelSource.listing([chatRow("live-only")]));
    const snapshot = await h.discovery.discover("http://127.0.0.1:8080/v1", KEY);
    expect(snapshot.source).toBe("live");
    expect(h.source.calls).toEqual([{ baseUrl: "http://127.0.0.1:8080/v1", secret: SECRET }]);
  });
});

describe("CatalogDiscovery when the listing fails", () => {
  it.each(UPSTREAM_FAILURES)("serves the seed and reports %j", async (failure) => {
    const h = harness(new FakeModelSource(() => fail(failure)));
    expect(await h.discovery.discover(BASE, KEY)).toEqual({
      models: seed,
      source: "static",
      failure,
    });
    expect(h.source.calls).toHaveLength(1);
  });

  it.each<[string, () => Promise<ModelListing>]>([
    [
      "throws",
      () => {
        throw new Error(`boom ${SECRET}`);
      },
    ],
    ["rejects", () => Promise.reject(new Error(`boom ${SECRET}`))],
  ])("never lets a source that %s reach the caller", async (_label, respond) => {
    const h = harness(new FakeModelSource(respond));
    expect(await h.discovery.discover(BASE, KEY)).toEqual({
      models: seed,
      source: "static",
      failure: { kind: "unavailable", reason: "network" },
    });
    expect(h.log.lines.join("\n")).not.toContain(SECRET);
  });
});

describe("CatalogDiscovery with a listing", () => {
  it("asks the source once, with the base URL and the secret itself", async () => {
    const h = harness(FakeModelSource.listing([chatRow("live-only")]));
    await h.discovery.discover(BASE, KEY);
    expect(h.source.calls).toEqual([{ baseUrl: BASE, secret: SECRET }]);
  });

  it.each<[string, LiveModelCandidate[]]>([
    ["an empty listing", []],
    ["only non-chat rows", [{ id: "a", type: "audio" }, { id: "n" }]],
    ["only malformed rows", [{ id: "" }, { id: 7, type: "chat" }, { id: "x\u0000", type: "chat" }]],
    ["only padded ids", [chatRow(" gpt-5.5"), chatRow("live-only "), chatRow("\u00a0x")]],
  ])("serves the seed with no failure for %s", async (_label, rows) => {
    const h = harness(FakeModelSource.listing(rows));
    expect(await h.discovery.discover(BASE, KEY)).toEqual({ models: seed, source: "static" });
    expect(h.discovery.known(BASE)).toBeUndefined();
  });

  it("merges: seed first and unchanged, then new chat rows in upstream order", async () => {
    const rows: LiveModelCandidate[] = [
      chatRow("live-b"),
      { id: "gpt-5.5", type: "chat", name: "Impostor", contextWindow: 1 },
      { id: "embed", type: "embedding" },
      { id: "", type: "chat" },
      chatRow("live-a", { capabilities: { vision: true } }),
      chatRow("live-b", { name: "duplicate" }),
    ];
    const h = harness(FakeModelSource.listing(rows));
    const snapshot = await h.discovery.discover(BASE, KEY);
    expect(snapshot.source).toBe("live");
    expect(snapshot.failure).toBeUndefined();
    expect(ids(snapshot.models)).toEqual(["gpt-5.5", "qwen3-vl", "live-b", "live-a"]);
    expect(snapshot.models[0]).toBe(seed[0]);
    expect(snapshot.models[2]?.name).toBe("live-b");
    expect(snapshot.models[3]?.input).toEqual(["text", "image"]);
    expect(snapshot.embeddingModels).toEqual(["embed"]);
    expect(h.discovery.known(BASE)).toBe(snapshot.models);
  });

  it("remembers embedding routes beside the seed when upstream lists no chat rows", async () => {
    const rows: LiveModelCandidate[] = [
      { id: "text-embed-3", type: "embedding" },
      { id: "bge-m3", capabilities: { embeddings: true } },
    ];
    const h = harness(FakeModelSource.listing(rows));
    expect(await h.discovery.discover(BASE, KEY)).toEqual({
      models: seed,
      source: "static",
      embeddingModels: ["bge-m3", "text-embed-3"],
    });
  });

  it("skips a padded live id, so it never poses as a second seed row or changes it", async () => {
    const impostor = {
      name: "Impostor",
      capabilities: { vision: true, reasoning: true },
      contextWindow: 1,
      maxOutputTokens: 1,
      pricing: { input: 99, output: 99 },
    };
    const rows: LiveModelCandidate[] = [
      chatRow(" gpt-5.5", impostor),
      chatRow("gpt-5.5 ", impostor),
      chatRow("\u00a0qwen3-vl", impostor),
      chatRow(" live-only", impostor),
      chatRow("live-only"),
    ];
    const h = harness(FakeModelSource.listing(rows));
    const snapshot = await h.discovery.discover(BASE, KEY);
    expect(ids(snapshot.models)).toEqual(["gpt-5.5", "qwen3-vl", "live-only"]);
    expect(snapshot.models[0]).toBe(seed[0]);
    expect(snapshot.models[1]).toBe(seed[1]);
    expect(snapshot.models[2]).toEqual(conservativeModel("live-only"));
    expect(JSON.stringify(snapshot)).not.toContain("Impostor");
  });

  it("caps the merged catalog at 5000 rows", async () => {
    const rows = Array.from({ length: 6_000 }, (_, i) => chatRow(`live-${i}`));
    const snapshot = await harness(FakeModelSource.listing(rows)).discovery.discover(BASE, KEY);
    expect(snapshot.models).toHaveLength(5_000);
    expect(ids(snapshot.models.slice(0, 2))).toEqual(["gpt-5.5", "qwen3-vl"]);
  });
});

describe("CatalogDiscovery cache", () => {
  it("reuses a success for the TTL, then asks again", async () => {
    const h = harness(FakeModelSource.sequence(ok("first"), ok("second")));
    const first = await h.discovery.discover(BASE, KEY);
    h.clock.advance(h.policy.ttlMs - 1);
    expect(await h.discovery.discover(BASE, KEY)).toBe(first);
    expect(h.source.calls).toHaveLength(1);
    h.clock.advance(1);
    expect(ids((await h.discovery.discover(BASE, KEY)).models)).toContain("second");
    expect(h.source.calls).toHaveLength(2);
  });

  it("caches an empty success too, as the seed", async () => {
    const h = harness(FakeModelSource.listing([]));
    await h.discovery.discover(BASE, KEY);
    expect(await h.discovery.discover(BASE, KEY)).toEqual({ models: seed, source: "static" });
    expect(h.source.calls).toHaveLength(1);
  });

  it("keeps separate entries per key and per base URL, keyed by fingerprint, never the key", async () => {
    const h = harness(FakeModelSource.listing([chatRow("x")]));
    await h.discovery.discover(BASE, KEY);
    await h.discovery.discover(BASE, { secret: "sk-other" });
    await h.discovery.discover("https://eu.taas.example/v1", KEY);
    await h.discovery.discover(BASE, KEY);
    expect(h.source.calls).toHaveLength(3);
    expect(h.fingerprint.calls).toContain(SECRET);
    expect(h.store.keys.some((key) => key.includes(SECRET) || key.includes("sk-other"))).toBe(
      false,
    );
  });

  it("shares one request among concurrent callers", async () => {
    const gate = deferred<ModelListing>();
    const h = harness(new FakeModelSource(() => gate.promise));
    const calls = Array.from({ length: 100 }, () => h.discovery.discover(BASE, KEY));
    gate.resolve(ok("live-only"));
    const snapshots = await Promise.all(calls);
    expect(h.source.calls).toHaveLength(1);
    expect(new Set(snapshots).size).toBe(1);
    expect(snapshots[0]?.source).toBe("live");
  });

  it("clears the in-flight request once it settles", async () => {
    const gate = deferred<ModelListing>();
    const h = harness(new FakeModelSource(() => gate.promise));
    const pending = h.discovery.discover(BASE, KEY);
    gate.resolve(fail(TIMEOUT));
    await pending;
    h.clock.advance(h.policy.backoffBaseMs);
    await h.discovery.discover(BASE, KEY);
    expect(h.source.calls).toHaveLength(2);
  });
});

describe("CatalogDiscovery after a failure", () => {
  const entryOf = (h: ReturnType<typeof harness>) => h.store.entry(`${BASE}\u0000fp1`);

  it("records one failure streak: the latest failure, how many in a row, when to retry", async () => {
    const h = harness(FakeModelSource.sequence(fail(TIMEOUT), fail(REJECTED), ok("x")));
    await h.discovery.discover(BASE, KEY);
    const start = h.clock.now();
    expect(entryOf(h).failing).toEqual({ failure: TIMEOUT, count: 1, retryAt: start + 100 });
    h.clock.advance(100);
    await h.discovery.discover(BASE, KEY);
    expect(entryOf(h).failing).toEqual({ failure: REJECTED, count: 2, retryAt: start + 300 });
    h.clock.advance(200);
    await h.discovery.discover(BASE, KEY);
    expect(entryOf(h).failing).toBeUndefined();
    expect(h.source.calls).toHaveLength(3);
  });

  it("always marks a cache snapshot with the current failure, also during the backoff window", async () => {
    const h = harness(FakeModelSource.sequence(ok("live-only"), fail(TIMEOUT), fail(REJECTED)));
    const live = await h.discovery.discover(BASE, KEY);
    h.clock.advance(h.policy.ttlMs);
    expect(await h.discovery.discover(BASE, KEY)).toEqual({
      models: live.models,
      source: "cache",
      failure: TIMEOUT,
    });
    h.clock.advance(50);
    expect(await h.discovery.discover(BASE, KEY)).toEqual({
      models: live.models,
      source: "cache",
      failure: TIMEOUT,
    });
    expect(h.source.calls).toHaveLength(2);
    h.clock.advance(50);
    expect(await h.discovery.discover(BASE, KEY)).toEqual({
      models: live.models,
      source: "cache",
      failure: REJECTED,
    });
    h.clock.advance(50);
    expect((await h.discovery.discover(BASE, KEY)).failure).toEqual(REJECTED);
    expect(h.source.calls).toHaveLength(3);
  });

  it("backs off: no upstream call until the wait has passed, doubling up to the cap", async () => {
    const h = harness(new FakeModelSource(() => fail(TIMEOUT)));
    const callsAfter = upstreamCallsAfter(h);
    expect(await callsAfter(0)).toBe(1);
    expect(await callsAfter(99)).toBe(1);
    expect(await callsAfter(1)).toBe(2); // waited 100
    expect(await callsAfter(199)).toBe(2);
    expect(await callsAfter(1)).toBe(3); // waited 200
    expect(await callsAfter(399)).toBe(3);
    expect(await callsAfter(1)).toBe(4); // waited 400
    expect(await callsAfter(400)).toBe(5); // capped at 400
  });

  it("waits out a rate limit's Retry-After before the next attempt, within the backoff bounds", async () => {
    const limited: UpstreamFailure = { kind: "rate-limited", status: 429, retryAfterMs: 250 };
    const h = harness(new FakeModelSource(() => fail(limited)));
    const callsAfter = upstreamCallsAfter(h);
    expect(await callsAfter(0)).toBe(1);
    expect(await callsAfter(249)).toBe(1); // the normal step (100) is not enough
    expect(await callsAfter(1)).toBe(2);
    expect(await callsAfter(249)).toBe(2); // the step is 200 now: Retry-After still decides
    expect(await callsAfter(1)).toBe(3);
    expect(await callsAfter(399)).toBe(3); // 400 is both the step and the cap
    expect(await callsAfter(1)).toBe(4);
  });

  it("logs a rate limit as such, with the wait it asked for, and still reports unavailable", async () => {
    const limited: UpstreamFailure = { kind: "rate-limited", status: 429, retryAfterMs: 120_000 };
    const policy = { ...TEST_POLICY, backoffBaseMs: 30_000, backoffCapMs: 600_000 };
    const h = discoveryHarness(new FakeModelSource(() => fail(limited)), seed, policy);
    const snapshot = await h.discovery.discover(BASE, KEY);
    expect(outcomeOf(snapshot)).toBe("unavailable");
    expect(h.log.warnings).toEqual([
      "CloudSigma TaaS model discovery at https://taas.cloudsigma.com/v1 failed: " +
        "HTTP 429: TaaS rate-limited the key (retry after 120 s). " +
        "Serving the built-in model list; next attempt in 120 s.",
    ]);
  });

  it("answers at once from the seed with the failure during the backoff window", async () => {
    const h = harness(new FakeModelSource(() => fail(TIMEOUT)));
    await h.discovery.discover(BASE, KEY);
    h.clock.advance(50);
    expect(await h.discovery.discover(BASE, KEY)).toEqual(SEED_AFTER_TIMEOUT);
  });

  it("serves the last good live catalog, marked as cache, until it is too old", async () => {
    const h = harness(FakeModelSource.sequence(ok("live-only"), fail(TIMEOUT)));
    const live = await h.discovery.discover(BASE, KEY);
    h.clock.advance(h.policy.ttlMs);
    const cached = await h.discovery.discover(BASE, KEY);
    expect(cached).toEqual({ models: live.models, source: "cache", failure: TIMEOUT });
    expect(cached.models).toBe(live.models);
    h.clock.advance(h.policy.lastGoodMaxAgeMs - h.policy.ttlMs);
    expect((await h.discovery.discover(BASE, KEY)).source).toBe("cache");
    h.clock.advance(1);
    expect(await h.discovery.discover(BASE, KEY)).toEqual(SEED_AFTER_TIMEOUT);
  });

  it("drops the last good copy when upstream later lists no chat rows", async () => {
    const h = harness(FakeModelSource.sequence(ok("live-only"), ok(), fail(TIMEOUT)));
    await h.discovery.discover(BASE, KEY);
    h.clock.advance(h.policy.ttlMs);
    expect((await h.discovery.discover(BASE, KEY)).source).toBe("static");
    expect(h.discovery.known(BASE)).toBeUndefined();
    h.clock.advance(h.policy.ttlMs);
    expect(await h.discovery.discover(BASE, KEY)).toEqual(SEED_AFTER_TIMEOUT);
  });

  it("warns once per run of failures, says what it serves, and notes the recovery", async () => {
    const h = harness(
      FakeModelSource.sequence(ok("x"), fail(TIMEOUT), fail(TIMEOUT), ok("x"), fail(TIMEOUT)),
    );
    for (const wait of [0, 1_000, 100, 200, 1_000]) {
      h.clock.advance(wait);
      await h.discovery.discover(BASE, KEY);
    }
    expect(h.source.calls).toHaveLength(5);
    expect(h.log.warnings).toHaveLength(2);
    expect(h.log.warnings[0]).toMatch(/timed out.*last good model list.*next attempt in 1 s/);
    expect(h.log.infos).toEqual([
      "CloudSigma TaaS model discovery at https://taas.cloudsigma.com/v1 recovered.",
    ]);
    expect(h.log.lines.join("\n")).not.toContain(SECRET);
  });

  it("says it serves the built-in list when there is no last good copy", async () => {
    const h = harness(new FakeModelSource(() => fail({ kind: "auth-rejected", status: 401 })));
    await h.discovery.discover(BASE, KEY);
    expect(h.log.warnings[0]).toMatch(/HTTP 401: TaaS rejected the key.*built-in model list/);
  });

  it("keeps known models through a failure", async () => {
    const h = harness(FakeModelSource.sequence(ok("live-only"), fail(TIMEOUT)));
    const live = await h.discovery.discover(BASE, KEY);
    h.clock.advance(h.policy.ttlMs);
    await h.discovery.discover(BASE, KEY);
    expect(h.discovery.known(BASE)).toBe(live.models);
  });
});

describe("CatalogDiscovery known catalogs", () => {
  it("knows a live catalog only up to the last-good age, the same age the fallback serves it", async () => {
    const h = harness(FakeModelSource.sequence(ok("live-only"), fail(TIMEOUT)));
    const live = await h.discovery.discover(BASE, KEY);
    expect(h.discovery.known(BASE)).toBe(live.models);
    h.clock.advance(h.policy.lastGoodMaxAgeMs);
    expect(h.discovery.known(BASE)).toBe(live.models);
    expect((await h.discovery.discover(BASE, KEY)).source).toBe("cache");
    h.clock.advance(1);
    expect(h.discovery.known(BASE)).toBeUndefined();
    h.clock.advance(h.policy.backoffBaseMs);
    expect((await h.discovery.discover(BASE, KEY)).source).toBe("static");
    expect(h.discovery.known(BASE)).toBeUndefined();
    expect(h.discovery.known("https://eu.taas.example/v1")).toBeUndefined();
  });

  it("trusts the default policy's live catalog for 24 h", async () => {
    const h = discoveryHarness(FakeModelSource.listing([chatRow("x")]), seed, {
      ...TEST_POLICY,
      lastGoodMaxAgeMs: DEFAULT_DISCOVERY_POLICY.lastGoodMaxAgeMs,
    });
    const live = await h.discovery.discover(BASE, KEY);
    h.clock.advance(24 * 60 * 60_000);
    expect(h.discovery.known(BASE)).toBe(live.models);
    h.clock.advance(1);
    expect(h.discovery.known(BASE)).toBeUndefined();
  });

  it("knows it again after the next live listing", async () => {
    const h = harness(FakeModelSource.sequence(ok("first"), ok("second")));
    await h.discovery.discover(BASE, KEY);
    h.clock.advance(h.policy.lastGoodMaxAgeMs + 1);
    expect(h.discovery.known(BASE)).toBeUndefined();
    const second = await h.discovery.discover(BASE, KEY);
    expect(h.discovery.known(BASE)).toBe(second.models);
    expect(ids(second.models)).toContain("second");
  });
});

describe("CatalogDiscovery at its entry limit", () => {
  it("still shares, backs off and warns once for a new key while an older one is in flight", async () => {
    const gate = deferred<ModelListing>();
    const source = new FakeModelSource(({ secret }) =>
      secret === "sk-slow" ? gate.promise : fail(TIMEOUT),
    );
    const h = discoveryHarness(source, seed, { ...TEST_POLICY, maxEntries: 1 });
    const slow = h.discovery.discover(BASE, { secret: "sk-slow" });
    const callsFor = (secret: string) => h.source.calls.filter((c) => c.secret === secret).length;

    const concurrent = await Promise.all([1, 2, 3].map(() => h.discovery.discover(BASE, KEY)));
    expect(new Set(concurrent).size).toBe(1);
    for (let i = 0; i < 5; i++) {
      h.clock.advance(10);
      expect(await h.discovery.discover(BASE, KEY)).toEqual({
        models: seed,
        source: "static",
        failure: TIMEOUT,
      });
    }
    expect(callsFor(SECRET)).toBe(1);
    expect(h.log.warnings).toHaveLength(1);
    expect(h.store.size).toBe(2);

    h.clock.advance(h.policy.backoffBaseMs);
    await h.discovery.discover(BASE, KEY);
    expect(callsFor(SECRET)).toBe(2);
    expect(h.log.warnings).toHaveLength(1);

    gate.resolve(ok("live-only"));
    expect((await slow).source).toBe("live");
    expect(callsFor("sk-slow")).toBe(1);
  });
});

describe("staticSnapshot", () => {
  it("carries a failure only when one is given", () => {
    const { discovery } = harness(FakeModelSource.listing([]));
    expect(discovery.staticSnapshot()).toEqual({ models: seed, source: "static" });
    expect("failure" in discovery.staticSnapshot()).toBe(false);
    expect(discovery.staticSnapshot(TIMEOUT)).toEqual(SEED_AFTER_TIMEOUT);
  });
});

describe("liveModels", () => {
  it("skips bad rows one by one and keeps the good rows around them", () => {
    const rows: LiveModelCandidate[] = [
      chatRow("one"),
      { id: null, type: "chat" },
      { id: "two", type: "rerank" },
      chatRow(" three"),
      chatRow("three"),
    ];
    expect(ids(liveModels(rows))).toEqual(["one", "three"]);
  });

  it("looks at no more than the first 5000 upstream rows", () => {
    const rows = [...Array.from({ length: 5_000 }, (_, i) => ({ id: `e${i}` })), chatRow("late")];
    expect(liveModels(rows)).toEqual([]);
  });
});

describe("discovery properties", () => {
  const anyRows = fc.array(
    fc.oneof(
      fc.record(
        {
          id: fc.oneof(
            fc.constantFrom("gpt-5.5", "qwen3-vl", "x", "y", "", " gpt-5.5", "x "),
            fc.anything(),
          ),
          type: fc.oneof(fc.constantFrom("chat", "vision", "embedding"), fc.anything()),
          capabilities: fc.record(
            { chatCompletions: fc.anything(), vision: fc.anything() },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
      fc.object(),
    ) as fc.Arbitrary<unknown> as fc.Arbitrary<LiveModelCandidate>,
    { maxLength: 15 },
  );
  const anyListing: fc.Arbitrary<ModelListing> = fc.oneof(
    anyRows.map((rows) => ({ ok: true, rows }) as const),
    fc.constantFrom<UpstreamFailure>(TIMEOUT, { kind: "auth-rejected", status: 401 }).map(fail),
  );

  it("over any run of listings and waits: seed first and unchanged, ids unique and usable, cache always failing, no secret", async () => {
    const step = fc.tuple(anyListing, fc.nat({ max: 3_000 }));
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        let next: ModelListing = ok();
        const h = harness(new FakeModelSource(() => next));
        for (const [listing, wait] of steps) {
          next = listing;
          h.clock.advance(wait);
          const snapshot = await h.discovery.discover(BASE, KEY);
          for (const [i, row] of seed.entries()) expect(snapshot.models[i]).toBe(row);
          expect(new Set(ids(snapshot.models)).size).toBe(snapshot.models.length);
          for (const id of ids(snapshot.models)) expect(isUsableModelId(id)).toBe(true);
          if (snapshot.source === "static") expect(snapshot.models).toBe(seed);
          if (snapshot.source === "cache") expect(snapshot.failure).toBeDefined();
          expect(JSON.stringify(snapshot)).not.toContain(SECRET);
        }
        expect(h.source.calls.length).toBeLessThanOrEqual(steps.length);
        expect(h.log.lines.join("\n")).not.toContain(SECRET);
      }),
      { numRuns: 200 },
    );
  });

  it("serves live exactly when the listing has a usable chat row", async () => {
    await fc.assert(
      fc.asyncProperty(anyRows, async (rows) => {
        const snapshot = await harness(FakeModelSource.listing(rows)).discovery.discover(BASE, KEY);
        expect(snapshot.source).toBe(liveModels(rows).length > 0 ? "live" : "static");
      }),
    );
  });

  it("never calls the source without a secret, whatever the base URL", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.webUrl(), fc.string()), async (baseUrl) => {
        const h = harness(FakeModelSource.listing([chatRow("live-only")]));
        expect((await h.discovery.discover(baseUrl, {})).models).toBe(seed);
        expect(h.source.calls).toHaveLength(0);
      }),
      { numRuns: 50 },
    );
  });
});
