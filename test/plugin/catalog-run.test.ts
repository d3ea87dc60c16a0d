import { HttpResponse } from "msw";
import type { DependencyContainer } from "tsyringe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ProviderConfig } from "../../src/adapters/openclaw/host-types.js";
import { SSRF_GUARD_OPTIONS } from "../../src/adapters/openclaw/network/ssrf-guard-options.js";
import { createCloudSigmaPlugin } from "../../src/composition/plugin-entry.js";
import { CREDENTIAL_STORE_KEY, ENVIRONMENT_KEY } from "../../src/ports/credential-source.port.js";
import { mswGuardSeams } from "../contract/stubs/msw-taas-stub.js";
import { recordingApi } from "./recording-api.js";
import { expectedCompat, HOST_SEED_TABLE } from "./seed-table.js";
import { envKeyContext, mockTaasUpstream } from "./taas-upstream.js";

const SECRET = "sk-catalog-test-42";
const upstream = mockTaasUpstream();

const LIVE_BODY = {
  data: [
    {
      id: "gpt-5.5",
      name: "Renamed upstream",
      type: "chat",
      context_window: 1,
      pricing: { input: 99 },
    },
    {
      id: "taas-live-only",
      type: "chat",
      capabilities: { chat_completions: true, reasoning: true },
      context_window: 64000,
      max_output_tokens: 4096,
      pricing: { input: 0.5, output: 1.5 },
    },
    { id: "live-vision", type: "vision", capabilities: { vision: true } },
    { id: "looks-visual", type: "vision" },
    { id: "text-embed-3", type: "embedding" },
    { id: "no-metadata" },
  ],
};

/** The host's credential store as the plugin sees it after onboarding (no env var). */
const storedKey = (secret: string | undefined) => ({
  asked: 0,
  async credentials() {
    this.asked += 1;
    return secret ? { secret } : {};
  },
});

function registered(credentialSource = storedKey(undefined)) {
  const recording = recordingApi();
  const override = (scope: DependencyContainer) => {
    scope.register(SSRF_GUARD_OPTIONS, { useValue: mswGuardSeams });
    scope.register(CREDENTIAL_STORE_KEY, { useValue: credentialSource });
    scope.register(ENVIRONMENT_KEY, { useValue: { credentials: async () => ({}) } });
  };
  createCloudSigmaPlugin({ override }).register(recording.api);
  const [provider] = recording.providers;
  const [modelCatalog] = recording.modelCatalogProviders;
  if (!provider?.catalog || !modelCatalog?.liveCatalog) throw new Error("not registered");
  return { catalog: provider.catalog, liveCatalog: modelCatalog.liveCatalog };
}

async function runCatalog(
  context: never,
  credentialSource = storedKey(undefined),
): Promise<ProviderConfig> {
  const result = await registered(credentialSource).catalog.run(context);
  if (!result || !("provider" in result)) throw new Error("no provider config");
  return result.provider;
}

beforeAll(() => upstream.listen());
afterAll(() => upstream.close());
beforeEach(() => upstream.reset());

describe("catalog.run", () => {
  it("without a key serves the seed and makes no request at all", async () => {
    const provider = await runCatalog(envKeyContext(undefined));
    expect(provider.models).toEqual(HOST_SEED_TABLE);
    expect(provider).not.toHaveProperty("apiKey");
    expect(upstream.seen).toHaveLength(0);
  });

  it("with a key discovers with the secret, and hands the host the env marker, not the secret", async () => {
    upstream.answerWith(() => HttpResponse.json(LIVE_BODY));
    const provider = await runCatalog(envKeyContext(SECRET));
    expect(upstream.seen).toEqual([
      { url: "https://taas.cloudsigma.com/v1/models", authorization: `Bearer ${SECRET}` },
    ]);
    expect(provider.apiKey).toBe("CLOUDSIGMA_API_KEY");
    expect(JSON.stringify(provider)).not.toContain(SECRET);
    expect(provider.baseUrl).toBe("https://taas.cloudsigma.com/v1");
    expect(provider.api).toBe("openai-completions");
  });

  it("keeps seed rows authoritative and adds only usable live chat rows, in upstream order", async () => {
    upstream.answerWith(() => HttpResponse.json(LIVE_BODY));
    const provider = await runCatalog(envKeyContext(SECRET));
    expect(provider.models.slice(0, 13)).toEqual(HOST_SEED_TABLE);
    expect(provider.models.slice(13).map((row) => row.id)).toEqual([
      "taas-live-only",
      "live-vision",
      "looks-visual",
    ]);
    const byId = new Map(provider.models.map((row) => [row.id, row]));
    expect(byId.get("taas-live-only")).toEqual({
      id: "taas-live-only",
      name: "taas-live-only",
      reasoning: true,
      input: ["text"],
      cost: { input: 0.5, output: 1.5, cacheRead: 0, cacheWrite: 0 },
      contextWindow: 64000,
      maxTokens: 4096,
      compat: expectedCompat("openai-compatible", true),
    });
    expect(byId.get("live-vision")?.input).toEqual(["text", "image"]);
    expect(byId.get("looks-visual")?.input).toEqual(["text"]);
  });

  it("uses the operator's configured base URL for discovery and for the provider config", async () => {
    upstream.answerWith(() => HttpResponse.json(LIVE_BODY));
    const config = {
      models: { providers: { cloudsigma: { baseUrl: "https://eu.taas.example.org/v1/" } } },
    };
    const provider = await runCatalog(envKeyContext(SECRET, config));
    expect(upstream.seen.map((request) => request.url)).toEqual([
      "https://eu.taas.example.org/v1/models",
    ]);
    expect(provider.baseUrl).toBe("https://eu.taas.example.org/v1");
  });

  it("refuses plain http to a non-loopback host: seed only, no request", async () => {
    const config = {
      models: { providers: { cloudsigma: { baseUrl: "http://taas.example.org/v1" } } },
    };
    const provider = await runCatalog(envKeyContext(SECRET, config));
    expect(provider.models).toEqual(HOST_SEED_TABLE);
    expect(upstream.seen).toHaveLength(0);
  });

  it("with the key only in the host's store discovers with it and writes no copy of it", async () => {
    upstream.answerWith(() => HttpResponse.json(LIVE_BODY));
    const store = storedKey(SECRET);
    const provider = await runCatalog(envKeyContext(undefined), store);
    expect(store.asked).toBe(1);
    expect(upstream.seen).toEqual([
      { url: "https://taas.cloudsigma.com/v1/models", authorization: `Bearer ${SECRET}` },
    ]);
    expect(provider.models.map((row) => row.id)).toContain("taas-live-only");
    expect(JSON.stringify(provider)).not.toContain(SECRET);
  });

  it("prefers the context's key and does not ask the store then", async () => {
    upstream.answerWith(() => HttpResponse.json(LIVE_BODY));
    const store = storedKey("sk-stored-other");
    await runCatalog(envKeyContext(SECRET), store);
    expect(store.asked).toBe(0);
    expect(upstream.seen.map((r) => r.authorization)).toEqual([`Bearer ${SECRET}`]);
  });

  it.each([
    ["HTTP 500", () => HttpResponse.json({ error: "boom" }, { status: 500 })],
    ["HTTP 401", () => HttpResponse.json({ error: "bad key" }, { status: 401 })],
    ["a network failure", () => HttpResponse.error()],
    ["malformed JSON", () => new HttpResponse("{oops", { status: 200 })],
    ["no chat rows", () => HttpResponse.json({ data: [{ id: "e", type: "embedding" }] })],
  ])("falls back to the seed on %s", async (_what, answer) => {
    upstream.answerWith(answer);
    const provider = await runCatalog(envKeyContext(SECRET));
    expect(provider.models).toEqual(HOST_SEED_TABLE);
    expect(upstream.seen).toHaveLength(1);
  });
});

describe("liveCatalog", () => {
  it("marks seed rows static and upstream-only rows live", async () => {
    upstream.answerWith(() => HttpResponse.json(LIVE_BODY));
    const rows = (await registered().liveCatalog(envKeyContext(SECRET))) ?? [];
    const sources = Object.fromEntries(rows.map((row) => [row.model, row.source]));
    expect(sources["gpt-5.5"]).toBe("static");
    expect(sources["taas-live-only"]).toBe("live");
    expect(sources).not.toHaveProperty("text-embed-3");
    expect(sources).not.toHaveProperty("no-metadata");
  });

  it("offers live rows with the key only in the host's store", async () => {
    upstream.answerWith(() => HttpResponse.json(LIVE_BODY));
    const rows = (await registered(storedKey(SECRET)).liveCatalog(envKeyContext(undefined))) ?? [];
    expect(rows.find((row) => row.model === "taas-live-only")?.source).toBe("live");
    expect(upstream.seen.map((r) => r.authorization)).toEqual([`Bearer ${SECRET}`]);
  });

  it("offers no live rows without a key or when discovery fails", async () => {
    expect(await registered().liveCatalog(envKeyContext(undefined))).toBeNull();
    upstream.answerWith(() => HttpResponse.json({}, { status: 503 }));
    expect(await registered().liveCatalog(envKeyContext(SECRET))).toBeNull();
  });
});
