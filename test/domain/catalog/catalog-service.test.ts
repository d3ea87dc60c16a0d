import { describe, expect, it } from "vitest";
import { CatalogService } from "../../../src/domain/catalog/catalog-service.js";
import {
  DEFAULT_DISCOVERY_POLICY,
  type DiscoveryPolicy,
} from "../../../src/domain/catalog/discovery-policy.js";
import type { ProviderCredentials } from "../../../src/ports/credential-source.port.js";
import type { ModelListing } from "../../../src/ports/model-source.port.js";
import type { UpstreamFailure } from "../../../src/ports/upstream-failure.port.js";
import { chatRow, discoveryHarness, FakeModelSource, realSeed, TEST_POLICY } from "../fakes.js";

const SECRET = "sk-live-0123456789";
const MARKER = "CLOUDSIGMA_API_KEY";
const KEY: ProviderCredentials = { secret: SECRET, configMarker: MARKER };
const seed = realSeed();
const configAt = (baseUrl: string) => ({ models: { providers: { cloudsigma: { baseUrl } } } });
const EU = configAt("https://eu.taas.example/v1/");
const ok = (...ids: string[]): ModelListing => ({ ok: true, rows: ids.map((id) => chatRow(id)) });
const fail = (failure: UpstreamFailure): ModelListing => ({ ok: false, failure });

function serviceWith(
  source: FakeModelSource,
  credentials: ProviderCredentials = KEY,
  policy: DiscoveryPolicy = TEST_POLICY,
) {
  const h = discoveryHarness(source, seed, policy);
  const service = new CatalogService(seed, h.discovery);
  /** The catalog for a config, with the credentials the key path found. */
  const catalogFor = (config: unknown) => service.providerCatalog(config, credentials);
  return { ...h, service, catalogFor };
}

describe("CatalogService.providerCatalog", () => {
  it("serves the static catalog at the default base URL when there is no key", async () => {
    const { catalogFor, source } = serviceWith(FakeModelSource.sequence(ok("x")), {});
    expect(await catalogFor({})).toStrictEqual({
      models: seed,
      source: "static",
      baseUrl: "https://taas.cloudsigma.com/v1",
      api: "openai-completions",
    });
    expect(source.calls).toEqual([]);
  });

  it("discovers at the configured base URL with the secret, and reports the marker as apiKey", async () => {
    const { catalogFor, source } = serviceWith(FakeModelSource.sequence(ok("live-only")));
    const catalog = await catalogFor(EU);
    expect(source.calls).toEqual([{ baseUrl: "https://eu.taas.example/v1", secret: SECRET }]);
    expect(catalog).toMatchObject({
      source: "live",
      baseUrl: "https://eu.taas.example/v1",
      api: "openai-completions",
      apiKey: MARKER,
      outcome: "ready",
    });
    expect(catalog.models.map((r) => r.id)).toEqual([...seed.map((r) => r.id), "live-only"]);
  });

  it("never puts the secret in the catalog, even without a marker", async () => {
    const { catalogFor } = serviceWith(FakeModelSource.sequence(ok("live-only")), {
      secret: SECRET,
    });
    const catalog = await catalogFor(EU);
    expect(catalog).not.toHaveProperty("apiKey");
    expect(JSON.stringify(catalog)).not.toContain(SECRET);
  });

  it.each<[string, ModelListing, string]>([
    ["ready after a success", ok("x"), "ready"],
    ["ready when upstream lists no chat rows", ok(), "ready"],
    ["auth-rejected on 401", fail({ kind: "auth-rejected", status: 401 }), "auth-rejected"],
    ["unavailable on 503", fail({ kind: "http", status: 503 }), "unavailable"],
    ["unavailable on a timeout", fail({ kind: "unavailable", reason: "timeout" }), "unavailable"],
  ])("reports the outcome %s", async (_label, listing, outcome) => {
    const { catalogFor } = serviceWith(FakeModelSource.sequence(listing));
    expect((await catalogFor(EU)).outcome).toBe(outcome);
  });

  it("reports a refused base URL as unavailable without calling upstream", async () => {
    const { catalogFor, source } = serviceWith(FakeModelSource.sequence(ok("x")));
    const catalog = await catalogFor(configAt("http://taas.example/v1"));
    expect(catalog).toMatchObject({ source: "static", outcome: "unavailable", models: seed });
    expect(source.calls).toEqual([]);
  });

  it("passes a listing failure through with the static rows", async () => {
    const failure = { kind: "auth-rejected", status: 403 } as const;
    const { catalogFor } = serviceWith(FakeModelSource.sequence(fail(failure)));
    const catalog = await catalogFor(EU);
    expect(catalog).toMatchObject({ models: seed, source: "static", failure, apiKey: MARKER });
  });
});

describe("CatalogService model resolution", () => {
  it("knows only the seed before any discovery", () => {
    const { service } = serviceWith(FakeModelSource.sequence(ok("live-only")));
    expect(service.seedCatalog).toBe(seed);
    expect(service.knownModels(EU)).toBe(seed);
    expect(service.isKnown("gpt-5.5", EU)).toBe(true);
    expect(service.isKnown("live-only", EU)).toBe(false);
    expect(service.isKnown(undefined, EU)).toBe(false);
    expect(service.isKnown(42, EU)).toBe(false);
  });

  it("tells seed ids (trimmed) from everything else, whatever discovery found", async () => {
    const { catalogFor, service } = serviceWith(FakeModelSource.sequence(ok("live-only")));
    await catalogFor(EU);
    expect(service.isSeedModel(" gpt-5.5 ")).toBe(true);
    expect(service.isSeedModel("live-only")).toBe(false);
    expect(service.isSeedModel(7)).toBe(false);
  });

  it("remembers the last live catalog for its base URL only", async () => {
    const { catalogFor, service } = serviceWith(FakeModelSource.sequence(ok("live-only")));
    const catalog = await catalogFor(EU);
    const sameBase = configAt("https://eu.taas.example/v1");
    expect(service.knownModels(sameBase)).toBe(catalog.models);
    expect(service.isKnown("live-only", sameBase)).toBe(true);
    expect(service.resolveModel("live-only", sameBase)).toBe(catalog.models.at(-1));
    expect(service.isKnown("live-only", {})).toBe(false);
    expect(service.knownModels({})).toBe(seed);
  });

  it("gives an id unknown at this base URL the conservative row", async () => {
    const vision = chatRow("live-only", { capabilities: { vision: true, reasoning: true } });
    const { catalogFor, service } = serviceWith(FakeModelSource.listing([vision]));
    await catalogFor(EU);
    expect(service.resolveModel("live-only", EU)?.input).toEqual(["text", "image"]);
    expect(service.resolveModel("live-only", {})).toMatchObject({
      input: ["text"],
      reasoning: false,
      contextWindow: 128_000,
      maxTokens: 8_192,
    });
    expect(service.resolveModel("gpt-5.5", {})).toBe(seed[0]);
    expect(service.resolveModel("", EU)).toBeNull();
  });

  it("replaces the remembered catalog on the next live listing", async () => {
    const { catalogFor, service, clock, policy } = serviceWith(
      FakeModelSource.sequence(ok("first"), ok("second")),
    );
    await catalogFor(EU);
    clock.advance(policy.ttlMs);
    await catalogFor(EU);
    expect(service.isKnown("first", EU)).toBe(false);
    expect(service.isKnown("second", EU)).toBe(true);
  });

  it("keeps the last live catalog while discovery is failing", async () => {
    const timeout = { kind: "unavailable", reason: "timeout" } as const;
    const { catalogFor, service, clock, policy } = serviceWith(
      FakeModelSource.sequence(ok("live-only"), fail(timeout)),
    );
    await catalogFor(EU);
    clock.advance(policy.ttlMs);
    const fallback = await catalogFor(EU);
    expect(fallback).toMatchObject({ source: "cache", failure: timeout, outcome: "unavailable" });
    expect(service.isKnown("live-only", EU)).toBe(true);
  });

  it("resolves a live-only row with its live capabilities for 24 h, then conservatively", async () => {
    const rich = chatRow("live-only", {
      capabilities: { vision: true, reasoning: true },
      contextWindow: 300_000,
      maxOutputTokens: 32_000,
      pricing: { input: 1, output: 3 },
    });
    const { catalogFor, service, clock, policy } = serviceWith(
      FakeModelSource.listing([rich]),
      KEY,
      DEFAULT_DISCOVERY_POLICY,
    );
    const catalog = await catalogFor(EU);
    const liveRow = catalog.models.at(-1);
    expect(liveRow).toMatchObject({ id: "live-only", input: ["text", "image"], reasoning: true });
    expect(policy.lastGoodMaxAgeMs).toBe(24 * 60 * 60_000);

    clock.advance(24 * 60 * 60_000);
    expect(service.knownModels(EU)).toBe(catalog.models);
    expect(service.isKnown("live-only", EU)).toBe(true);
    expect(service.resolveModel("live-only", EU)).toBe(liveRow);

    clock.advance(1);
    expect(service.knownModels(EU)).toBe(seed);
    expect(service.isKnown("live-only", EU)).toBe(false);
    expect(service.resolveModel("live-only", EU)).toEqual({
      id: "live-only",
      name: "live-only",
      reasoning: false,
      input: ["text"],
      cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
      contextWindow: 128_000,
      maxTokens: 8_192,
    });
    expect(service.resolveModel("qwen3-vl", EU)).toBe(seed.find((row) => row.id === "qwen3-vl"));
  });

  it("knows the live rows again once discovery succeeds after they aged out", async () => {
    const { catalogFor, service, clock, policy } = serviceWith(
      FakeModelSource.sequence(ok("live-only")),
    );
    await catalogFor(EU);
    clock.advance(policy.lastGoodMaxAgeMs + 1);
    expect(service.isKnown("live-only", EU)).toBe(false);
    await catalogFor(EU);
    expect(service.isKnown("live-only", EU)).toBe(true);
  });

  it("forgets live rows once upstream lists no chat rows", async () => {
    const { catalogFor, service, clock, policy } = serviceWith(
      FakeModelSource.sequence(ok("live-only"), ok()),
    );
    await catalogFor(EU);
    clock.advance(policy.ttlMs);
    await catalogFor(EU);
    expect(service.knownModels(EU)).toBe(seed);
  });
});

describe("CatalogService model ids with surrounding whitespace", () => {
  it("finds a known id despite surrounding whitespace, and refuses a blank one", async () => {
    const { catalogFor, service } = serviceWith(FakeModelSource.sequence(ok("live-only")));
    await catalogFor(EU);
    expect(service.isKnown(" gpt-5.5 ", EU)).toBe(true);
    expect(service.isKnown("\tlive-only\n", EU)).toBe(true);
    expect(service.isKnown(" live-only ", {})).toBe(false);
    expect(service.isKnown("   ", EU)).toBe(false);
    expect(service.isKnown("", EU)).toBe(false);
    expect(service.resolveModel(" gpt-5.5 ", EU)).toBe(seed[0]);
    expect(service.resolveModel(" live-only", EU)?.id).toBe("live-only");
    expect(service.resolveModel(" \t ", EU)).toBeNull();
  });

  it("never lets a padded live row pose as a seed row or change it", async () => {
    const impostor = chatRow(" gpt-5.5", {
      name: "Impostor",
      capabilities: { vision: true, reasoning: true },
      contextWindow: 1,
      maxOutputTokens: 1,
      pricing: { input: 99, output: 99 },
    });
    const trailing = { ...impostor, id: "gpt-5.5 " };
    const { catalogFor, service } = serviceWith(
      FakeModelSource.listing([impostor, trailing, chatRow("live-only")]),
    );
    const catalog = await catalogFor(EU);
    expect(catalog.models.map((row) => row.id)).toEqual([...seed.map((r) => r.id), "live-only"]);
    expect(service.knownModels(EU).filter((row) => row.id.trim() === "gpt-5.5")).toEqual([seed[0]]);
    for (const id of ["gpt-5.5", " gpt-5.5", "gpt-5.5 "]) {
      expect(service.resolveModel(id, EU)).toBe(seed[0]);
    }
    expect(seed[0]).toMatchObject({ name: "GPT-5.5", input: ["text"], contextWindow: 400_000 });
  });
});

describe("CatalogService.findRow", () => {
  it("finds seed rows, this base URL's live rows, then live rows of any base URL", async () => {
    const { catalogFor, service, clock } = serviceWith(
      FakeModelSource.listing([chatRow("live-only", { ownedBy: "mistralai" })]),
      KEY,
      DEFAULT_DISCOVERY_POLICY,
    );
    expect(service.findRow(" gpt-5.5 ", EU)).toBe(seed.find((row) => row.id === "gpt-5.5"));
    expect(service.findRow("live-only", EU)).toBeUndefined();
    await catalogFor(EU);
    expect(service.findRow("live-only", EU)).toMatchObject({
      id: "live-only",
      ownedBy: "mistralai",
    });
    // No config (a hook that gets none): still found, from the EU catalog.
    expect(service.findRow("live-only")).toMatchObject({ id: "live-only" });
    expect(service.findRow("live-only", configAt("https://other.example/v1"))?.id).toBe(
      "live-only",
    );
    clock.advance(24 * 60 * 60_000 + 1);
    expect(service.findRow("live-only")).toBeUndefined();
    expect(service.findRow(42)).toBeUndefined();
  });
});

describe("CatalogService.embeddingRoutes", () => {
  it("lists the embedding routes discovery saw at the configured base URL, with the given key", async () => {
    const listing: ModelListing = {
      ok: true,
      rows: [chatRow("live-a"), { id: "text-embed-3", type: "embedding" }],
    };
    const { service, source } = serviceWith(FakeModelSource.sequence(listing, ok("x")), {});
    expect(await service.embeddingRoutes(EU, "sk-other")).toEqual(["text-embed-3"]);
    expect(source.calls).toEqual([{ baseUrl: "https://eu.taas.example/v1", secret: "sk-other" }]);
  });

  it("lists none when upstream declared none", async () => {
    const { service } = serviceWith(FakeModelSource.sequence(ok("live-a")));
    expect(await service.embeddingRoutes(EU, SECRET)).toEqual([]);
  });
});
