import { describe, expect, it } from "vitest";
import type { ProviderConfig } from "../../src/adapters/openclaw/host-types.js";
import { createCloudSigmaPlugin } from "../../src/composition/plugin-entry.js";
import { envKeyContext, manualClock } from "../support/host-context.js";
import { overrideWith, storedKey } from "../support/overrides.js";
import { pluginUnderTest } from "../support/plugin-under-test.js";
import { registerPlugin } from "../support/recording-api.js";
import { expectedCompat, HOST_SEED_TABLE } from "../support/seed-table.js";
import { mswGuardSeams, useMswTaasDouble } from "../support/taas-double/msw-taas-double.js";
import type { Reply } from "../support/taas-double/taas-double.js";

const SECRET = "sk-catalog-test-42";
const upstream = useMswTaasDouble();

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

function registered(credentialSource = storedKey(undefined)) {
  const { provider, modelCatalog } = registerPlugin(
    createCloudSigmaPlugin({
      override: overrideWith({ ...mswGuardSeams, storedKey: credentialSource }),
    }),
  );
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

describe("catalog.run", () => {
  it("without a key serves the seed and makes no request at all", async () => {
    const provider = await runCatalog(envKeyContext(undefined));
    expect(provider.models).toEqual(HOST_SEED_TABLE);
    expect(provider).not.toHaveProperty("apiKey");
    expect(upstream.seen()).toHaveLength(0);
  });

  it("with a key discovers with the secret, and hands the host the env marker, not the secret", async () => {
    upstream.reply({ json: LIVE_BODY });
    const provider = await runCatalog(envKeyContext(SECRET));
    expect(upstream.seen()).toEqual([
      { url: "https://taas.cloudsigma.com/v1/models", authorization: `Bearer ${SECRET}` },
    ]);
    expect(provider.apiKey).toBe("CLOUDSIGMA_API_KEY");
    expect(JSON.stringify(provider)).not.toContain(SECRET);
    expect(provider.baseUrl).toBe("https://taas.cloudsigma.com/v1");
    expect(provider.api).toBe("openai-completions");
  });

  it("keeps seed rows authoritative and adds only usable live chat rows, in upstream order", async () => {
    upstream.reply({ json: LIVE_BODY });
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
    upstream.reply({ json: LIVE_BODY });
    const config = {
      models: { providers: { cloudsigma: { baseUrl: "https://eu.taas.example.org/v1/" } } },
    };
    const provider = await runCatalog(envKeyContext(SECRET, config));
    expect(upstream.seen().map((request) => request.url)).toEqual([
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
    expect(upstream.seen()).toHaveLength(0);
  });

  it("with the key only in the host's store discovers with it and writes no copy of it", async () => {
    upstream.reply({ json: LIVE_BODY });
    const store = storedKey(SECRET);
    const provider = await runCatalog(envKeyContext(undefined), store);
    expect(store.asked).toBe(1);
    expect(upstream.seen()).toEqual([
      { url: "https://taas.cloudsigma.com/v1/models", authorization: `Bearer ${SECRET}` },
    ]);
    expect(provider.models.map((row) => row.id)).toContain("taas-live-only");
    expect(JSON.stringify(provider)).not.toContain(SECRET);
  });

  it("prefers the context's key and does not ask the store then", async () => {
    upstream.reply({ json: LIVE_BODY });
    const store = storedKey("sk-stored-other");
    await runCatalog(envKeyContext(SECRET), store);
    expect(store.asked).toBe(0);
    expect(upstream.seen().map((r) => r.authorization)).toEqual([`Bearer ${SECRET}`]);
  });

  it.each([
    ["HTTP 500", { status: 500, json: { error: "boom" } }],
    ["HTTP 401", { status: 401, json: { error: "bad key" } }],
    ["a network failure", { networkError: true }],
    ["malformed JSON", { body: "{oops" }],
    ["no chat rows", { json: { data: [{ id: "e", type: "embedding" }] } }],
  ] satisfies [string, Reply][])("falls back to the seed on %s", async (_what, answer) => {
    upstream.reply(answer);
    const provider = await runCatalog(envKeyContext(SECRET));
    expect(provider.models).toEqual(HOST_SEED_TABLE);
    expect(upstream.seen()).toHaveLength(1);
  });
});

describe("liveCatalog", () => {
  it("marks seed rows static and upstream-only rows live", async () => {
    upstream.reply({ json: LIVE_BODY });
    const rows = (await registered().liveCatalog(envKeyContext(SECRET))) ?? [];
    const sources = Object.fromEntries(rows.map((row) => [row.model, row.source]));
    expect(sources["gpt-5.5"]).toBe("static");
    expect(sources["taas-live-only"]).toBe("live");
    expect(sources).not.toHaveProperty("text-embed-3");
    expect(sources).not.toHaveProperty("no-metadata");
  });

  it("offers live rows with the key only in the host's store", async () => {
    upstream.reply({ json: LIVE_BODY });
    const rows = (await registered(storedKey(SECRET)).liveCatalog(envKeyContext(undefined))) ?? [];
    expect(rows.find((row) => row.model === "taas-live-only")?.source).toBe("live");
    expect(upstream.seen().map((r) => r.authorization)).toEqual([`Bearer ${SECRET}`]);
  });

  it("offers no live rows without a key or when discovery fails", async () => {
    expect(await registered().liveCatalog(envKeyContext(undefined))).toBeNull();
    upstream.reply({ status: 503, json: {} });
    expect(await registered().liveCatalog(envKeyContext(SECRET))).toBeNull();
  });
});

// The rules themselves (TTL, backoff, last good) are tested in test/domain/catalog; here, that
// the plugin wires them to the host: one store per entry, the default policy, host outcomes
// and the host's logger.
describe("discovery wiring", () => {
  const ok: Reply = { json: { data: [{ id: "taas-live-only", type: "chat" }] } };
  const fail503: Reply = { status: 503, json: { error: "maintenance" } };
  const setup = () => {
    const clock = manualClock();
    return { clock, plugin: pluginUnderTest({ ...mswGuardSeams, clock }) };
  };

  it("shares one discovery store across registrations of an entry, for the default 60 s TTL", async () => {
    upstream.reply(ok);
    const { clock, plugin } = setup();
    await plugin.run(envKeyContext(SECRET));
    await plugin.run(envKeyContext(SECRET), plugin.fresh());
    clock.advance(59_999);
    await plugin.run(envKeyContext(SECRET), plugin.fresh());
    expect(upstream.seen()).toHaveLength(1);
    clock.advance(1);
    await plugin.run(envKeyContext(SECRET));
    expect(upstream.seen()).toHaveLength(2);
  });

  it("serves the last good rows through an outage as unavailable, warns the host once, and logs the recovery", async () => {
    const { clock, plugin } = setup();
    upstream.reply(ok);
    await plugin.run(envKeyContext(SECRET));
    clock.advance(60_000);
    upstream.reply(fail503);
    const failed = await plugin.run(envKeyContext(SECRET));
    expect(failed.provider.models.map((m) => m.id)).toContain("taas-live-only");
    expect(failed.outcomes).toEqual([{ provider: "cloudsigma", status: "unavailable" }]);
    const live = (await plugin.live(envKeyContext(SECRET))) ?? [];
    expect(live.find((row) => row.model === "taas-live-only")?.source).toBe("cache");
    clock.advance(29_999);
    await plugin.run(envKeyContext(SECRET));
    expect(upstream.seen()).toHaveLength(2);
    const warnings = plugin.logs().filter((line) => line.startsWith("warn:"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("HTTP 503");
    expect(warnings[0]).toContain("last good");
    clock.advance(1);
    upstream.reply(ok);
    await plugin.run(envKeyContext(SECRET));
    expect(upstream.seen()).toHaveLength(3);
    expect(plugin.logs().filter((line) => line.startsWith("info:"))).toEqual([
      "info: CloudSigma TaaS model discovery at https://taas.cloudsigma.com/v1 recovered.",
    ]);
  });

  it.each([
    [401, "auth-rejected"],
    [403, "auth-rejected"],
    [429, "unavailable"],
    [500, "unavailable"],
    [503, "unavailable"],
  ])("reports HTTP %i as %s while still returning the seed", async (status, outcome) => {
    upstream.reply({ status, json: {} });
    const result = await setup().plugin.run(envKeyContext(SECRET));
    expect(result.provider.models).toEqual(HOST_SEED_TABLE);
    expect(result.outcomes?.[0]?.status).toBe(outcome);
  });

  it("reports ready on success and nothing at all without a key", async () => {
    upstream.reply(ok);
    const { plugin } = setup();
    expect((await plugin.run(envKeyContext(SECRET))).outcomes).toEqual([
      { provider: "cloudsigma", status: "ready" },
    ]);
    expect(await plugin.run(envKeyContext(undefined))).not.toHaveProperty("outcomes");
  });

  it("scopes an auth rejection to catalog discovery", async () => {
    upstream.reply({ status: 401, json: {} });
    const result = await setup().plugin.run(envKeyContext(SECRET));
    expect(result.outcomes).toEqual([
      { provider: "cloudsigma", status: "auth-rejected", rejectionScope: "catalog" },
    ]);
  });
});
