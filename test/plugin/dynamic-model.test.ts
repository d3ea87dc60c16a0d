import { afterEach, describe, expect, it, vi } from "vitest";
import { createCloudSigmaPlugin } from "../../src/composition/plugin-entry.js";
import { DEFAULT_DISCOVERY_POLICY } from "../../src/domain/catalog/discovery-policy.js";
import { manualClock } from "../support/host-context.js";
import { overrideWith, type TestSeams } from "../support/overrides.js";
import { registerPlugin } from "../support/recording-api.js";
import { expectedCompat, HOST_SEED_TABLE } from "../support/seed-table.js";
import { mswGuardSeams, useMswTaasDouble } from "../support/taas-double/msw-taas-double.js";

const upstream = useMswTaasDouble();

function provider(seams: TestSeams = {}) {
  const registered = registerPlugin(
    createCloudSigmaPlugin({ override: overrideWith({ ...mswGuardSeams, ...seams }) }),
  ).provider;
  if (!registered.resolveDynamicModel || !registered.prepareDynamicModel)
    throw new Error("no hooks");
  return registered as typeof registered & {
    resolveDynamicModel: NonNullable<typeof registered.resolveDynamicModel>;
    prepareDynamicModel: NonNullable<typeof registered.prepareDynamicModel>;
  };
}

const ctx = (modelId: unknown, extra: Record<string, unknown> = {}) =>
  ({ provider: "cloudsigma", modelId, config: {}, ...extra }) as never;

afterEach(() => vi.unstubAllEnvs());

describe("resolveDynamicModel", () => {
  it("resolves a seed id to its catalog row on the openai-completions transport", () => {
    // The listing's row for the id, with its family's compat (test/support/seed-table.ts).
    const row = HOST_SEED_TABLE.find((seed) => seed.id === "claude-opus-4.8");
    expect(row?.compat).toEqual(expectedCompat("anthropic", true));
    expect(provider().resolveDynamicModel(ctx("claude-opus-4.8"))).toEqual({
      ...row,
      provider: "cloudsigma",
      api: "openai-completions",
      baseUrl: "https://taas.cloudsigma.com/v1",
    });
  });

  it("resolves an unknown id to a conservative text-only row", () => {
    expect(provider().resolveDynamicModel(ctx("brand-new-model"))).toMatchObject({
      id: "brand-new-model",
      name: "brand-new-model",
      reasoning: false,
      input: ["text"],
      cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
      contextWindow: 128000,
      maxTokens: 8192,
    });
  });

  it.each(["", "   ", "bad\u0000id", "line\nbreak", 42, undefined])("refuses the id %j", (id) => {
    expect(provider().resolveDynamicModel(ctx(id))).toBeUndefined();
  });

  it("follows the configured base URL and keeps the alias provider id it was asked for", () => {
    const config = {
      models: { providers: { cloudsigma: { baseUrl: "https://proxy.example.org/taas/v1" } } },
    };
    const model = provider().resolveDynamicModel(
      ctx("gpt-5.5", { provider: "cloudsigma-taas", config }),
    );
    expect(model).toMatchObject({
      provider: "cloudsigma-taas",
      baseUrl: "https://proxy.example.org/taas/v1",
    });
  });
});

describe("prepareDynamicModel", () => {
  it("warms live rows for an unknown id so it resolves with upstream capabilities", async () => {
    vi.stubEnv("CLOUDSIGMA_API_KEY", "sk-warm-1");
    upstream.reply({
      json: {
        data: [
          {
            id: "taas-live-only",
            type: "chat",
            capabilities: { vision: true },
            context_window: 64000,
          },
        ],
      },
    });
    const hooks = provider();
    await hooks.prepareDynamicModel(ctx("taas-live-only"));
    expect(upstream.seen()).toEqual([
      { url: "https://taas.cloudsigma.com/v1/models", authorization: "Bearer sk-warm-1" },
    ]);
    expect(hooks.resolveDynamicModel(ctx("taas-live-only"))).toMatchObject({
      input: ["text", "image"],
      contextWindow: 64000,
    });
  });

  it("makes no request for an id the seed already knows", async () => {
    vi.stubEnv("CLOUDSIGMA_API_KEY", "sk-warm-2");
    await provider().prepareDynamicModel(ctx("gpt-5.5"));
    expect(upstream.seen()).toHaveLength(0);
  });

  it("asks again once the TTL passed, or for a new key, without holding up a known id", async () => {
    upstream.reply({ json: { data: [{ id: "taas-live-only", type: "chat" }] } });
    const clock = manualClock();
    let key = "sk-ttl-1";
    const prepare = provider({
      clock,
      storedKey: { credentials: async () => ({ secret: key }) },
    }).prepareDynamicModel;
    const seen = () => upstream.seen().map((request) => request.authorization);

    await prepare(ctx("taas-live-only"));
    await prepare(ctx("taas-live-only"));
    await prepare(ctx("gpt-5.5"));
    expect(seen()).toEqual(["Bearer sk-ttl-1"]);

    clock.advance(DEFAULT_DISCOVERY_POLICY.ttlMs);
    await prepare(ctx("taas-live-only"));
    await vi.waitFor(() => expect(seen()).toHaveLength(2));
    key = "sk-ttl-2";
    await prepare(ctx("taas-live-only"));
    await vi.waitFor(() =>
      expect(seen()).toEqual(["Bearer sk-ttl-1", "Bearer sk-ttl-1", "Bearer sk-ttl-2"]),
    );
  });

  it("makes no request without a key, and the id still resolves conservatively", async () => {
    vi.stubEnv("CLOUDSIGMA_API_KEY", "");
    const hooks = provider();
    await hooks.prepareDynamicModel(ctx("taas-live-only"));
    expect(upstream.seen()).toHaveLength(0);
    expect(hooks.resolveDynamicModel(ctx("taas-live-only"))).toMatchObject({ input: ["text"] });
  });
});
