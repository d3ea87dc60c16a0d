import { readFileSync } from "node:fs";
import { container } from "tsyringe";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createCloudSigmaPlugin } from "../../src/composition/plugin-entry.js";
import plugin from "../../src/index.js";
import { HOST_CONTEXT_KEY, PLUGIN_CONFIG_KEY } from "../../src/ports/credential-source.port.js";
import { HTTP_GUARD } from "../../src/ports/http-guard.port.js";
import { MODEL_SOURCE, type ModelSource } from "../../src/ports/model-source.port.js";
import { overrideWith } from "../support/overrides.js";
import { registerPlugin } from "../support/recording-api.js";
import { HOST_SEED_TABLE, SEED_TABLE } from "../support/seed-table.js";

const manifestConfigSchema = JSON.parse(
  readFileSync(new URL("../../openclaw.plugin.json", import.meta.url), "utf8"),
).configSchema;
const OPERATOR_KEY = "sk-listing-operator-key-7";
/** What the host hands a listing 0.2.x operator's plugin once it resolved the SecretRef. */
const LISTING_CONFIG = {
  apiKey: OPERATOR_KEY,
  browserOrigin: "http://127.0.0.1:18789",
  realtimeRequestTimeoutMs: 25000,
};

/** Registers `entry` against a recording API whose `pluginConfig` is `config`. */
function withPluginConfig(entry: Parameters<typeof registerPlugin>[0], config: unknown) {
  return registerPlugin(
    entry,
    (api) =>
      new Proxy(api, {
        get: (target, key) => (key === "pluginConfig" ? config : Reflect.get(target, key)),
      }),
  );
}

function registerOnce() {
  const recording = registerPlugin(plugin);
  if (!recording.modelCatalog) throw new Error("plugin registered no model catalog");
  return { recording, provider: recording.provider, modelCatalog: recording.modelCatalog };
}

describe("plugin entry (real SDK definePluginEntry)", () => {
  it("identifies as the cloudsigma plugin", () => {
    expect(plugin.id).toBe("cloudsigma");
    expect(plugin.name).toBe("CloudSigma TaaS");
  });

  it("carries the manifest's config schema: the listing's keys and unknown ones pass, wrong types fail", () => {
    const schema = plugin.configSchema as {
      jsonSchema?: unknown;
      safeParse?: (value: unknown) => { success: boolean };
    };
    expect(schema.jsonSchema).toEqual(manifestConfigSchema);
    expect(schema.safeParse?.(LISTING_CONFIG).success).toBe(true);
    expect(schema.safeParse?.({ ...LISTING_CONFIG, region: "zrh" }).success).toBe(true);
    expect(schema.safeParse?.({ apiKey: 42 }).success).toBe(false);
    expect(schema.safeParse?.({ realtimeRequestTimeoutMs: "25000" }).success).toBe(false);
  });

  it("registers one provider, model catalog, embedding and image provider, and nothing else", () => {
    const { recording } = registerOnce();
    expect(recording.providers).toHaveLength(1);
    expect(recording.modelCatalogProviders).toHaveLength(1);
    expect(recording.embeddingProviders.map((adapter) => adapter.id)).toEqual(["cloudsigma"]);
    expect(recording.mediaProviders.map((provider) => provider.id)).toEqual(["cloudsigma"]);
    // Besides the registrations it only reads the logger (for discovery warnings); never
    // `runtime`, which 2026.9 refuses while a plugin registers.
    expect(new Set(recording.touched)).toEqual(
      new Set([
        "registerProvider",
        "registerModelCatalogProvider",
        "registerEmbeddingProvider",
        "registerMemoryEmbeddingProvider",
        "registerMediaUnderstandingProvider",
        "logger",
        "pluginConfig",
      ]),
    );
    expect(recording.logs).toEqual([]);
  });

  it("still registers the text provider on a host without embedding or media surfaces", () => {
    const recording = registerPlugin(
      plugin,
      (api) =>
        new Proxy(api, {
          get: (target, key) =>
            key === "registerEmbeddingProvider" ||
            key === "registerMemoryEmbeddingProvider" ||
            key === "registerMediaUnderstandingProvider"
              ? undefined
              : Reflect.get(target, key),
        }),
    );
    expect(recording.providers).toHaveLength(1);
    expect(recording.embeddingProviders).toEqual([]);
  });
});

describe("registered provider", () => {
  const { provider } = registerOnce();

  it("is cloudsigma, labelled CloudSigma TaaS, with the cloudsigma-taas alias and env var", () => {
    expect(provider.id).toBe("cloudsigma");
    expect(provider.label).toBe("CloudSigma TaaS");
    expect(provider.aliases).toEqual(["cloudsigma-taas"]);
    expect(provider.envVars).toEqual(["CLOUDSIGMA_API_KEY"]);
  });

  it("offers one API-key auth method labelled for CloudSigma TaaS", () => {
    expect(provider.auth).toHaveLength(1);
    const [method] = provider.auth;
    expect(method?.id).toBe("api-key");
    expect(method?.kind).toBe("api_key");
    expect(method?.label).toBe("CloudSigma TaaS API key");
    // What `onboard --auth-choice cloudsigma-api-key` matches on 2026.6.6.
    expect(method?.wizard).toMatchObject({ choiceId: "cloudsigma-api-key", groupId: "cloudsigma" });
    expect(typeof method?.run).toBe("function");
    expect(typeof method?.runNonInteractive).toBe("function");
  });

  it("serves the 13 seed rows exactly from its static catalog", async () => {
    const result = await provider.staticCatalog?.run({} as never);
    expect(result && "provider" in result && result.provider).toEqual({
      baseUrl: "https://taas.cloudsigma.com/v1",
      api: "openai-completions",
      models: HOST_SEED_TABLE,
    });
  });

  it("wires the catalog, dynamic models, missing-auth, replay and tool-schema hooks", () => {
    expect(provider.catalog?.order).toBe("simple");
    for (const hook of [
      "resolveDynamicModel",
      "prepareDynamicModel",
      "buildMissingAuthMessage",
      "buildReplayPolicy",
      "normalizeToolSchemas",
      "inspectToolSchemas",
      "resolveThinkingProfile",
      "normalizeResolvedModel",
      "wrapStreamFn",
    ] as const) {
      expect(typeof provider[hook], hook).toBe("function");
    }
  });

  it("explains a missing key with the env var, the onboarding flag and the service pitfall", () => {
    const message = provider.buildMissingAuthMessage?.({} as never) ?? "";
    expect(message).toContain("CLOUDSIGMA_API_KEY");
    expect(message).toContain("--cloudsigma-api-key");
    expect(message).toMatch(/systemd|service manager/);
  });

  it("replays history with strict tool-call ids and the ordering fix on openai-completions", () => {
    const policy = provider.buildReplayPolicy?.({ modelApi: "openai-completions" } as never);
    expect(policy).toMatchObject({
      sanitizeToolCallIds: true,
      toolCallIdMode: "strict",
      applyAssistantFirstOrderingFix: true,
    });
    expect(
      provider.buildReplayPolicy?.({ modelApi: "anthropic-messages" } as never),
    ).toBeUndefined();
  });
});

describe("registered model catalog provider", () => {
  const { modelCatalog } = registerOnce();

  it("lists text rows for cloudsigma, the seed as static, gpt-5.5 as the default", async () => {
    expect(modelCatalog.provider).toBe("cloudsigma");
    expect(modelCatalog.kinds).toEqual(["text"]);
    const rows = (await modelCatalog.staticCatalog?.({} as never)) ?? [];
    expect(rows.map((row) => row.model)).toEqual(SEED_TABLE.map((row) => row.id));
    expect(rows.every((row) => row.kind === "text" && row.source === "static")).toBe(true);
    expect(rows.filter((row) => row.default).map((row) => row.model)).toEqual(["gpt-5.5"]);
  });
});

describe("register() called many times", () => {
  it("gives every registration its own objects with the same shape", () => {
    const registrations = Array.from({ length: 10 }, registerOnce);
    const providers = new Set(registrations.map((r) => r.provider));
    expect(providers.size).toBe(10);
    for (const { provider } of registrations) {
      expect(Object.keys(provider).sort()).toEqual(
        Object.keys(registrations[0]?.provider ?? {}).sort(),
      );
    }
  });

  it("never registers anything on tsyringe's global container", () => {
    registerOnce();
    for (const token of [MODEL_SOURCE, HTTP_GUARD, HOST_CONTEXT_KEY, PLUGIN_CONFIG_KEY]) {
      expect(container.isRegistered(token, true)).toBe(false);
    }
  });
});

describe("registration with the listing 0.2.x plugin config", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("warns once per plugin entry about unknown keys and says which keys are not used yet", () => {
    const entry = createCloudSigmaPlugin();
    const logs: string[] = [];
    for (let registration = 0; registration < 10; registration++) {
      const recording = withPluginConfig(entry, { ...LISTING_CONFIG, region: OPERATOR_KEY });
      logs.push(...recording.logs);
    }
    expect(logs).toEqual([
      'warn: plugins.entries.cloudsigma.config: unknown keys ignored: "region".',
      "info: plugins.entries.cloudsigma.config: browserOrigin and realtimeRequestTimeoutMs accepted, not used yet (CloudSigma Talk is not in this version).",
    ]);
    expect(logs.join("\n")).not.toContain(OPERATOR_KEY);
  });

  it("notes an unresolved reference on info, without naming what it points at", () => {
    const recording = withPluginConfig(createCloudSigmaPlugin(), {
      apiKey: { source: "env", provider: "default", id: "TAAS_OPERATOR_KEY" },
    });
    expect(recording.logs).toEqual([
      expect.stringMatching(
        /^info: .*apiKey is a secret reference \(source "env"\) the host has not resolved for the plugin/,
      ),
    ]);
    expect(recording.logs.join()).not.toContain("TAAS_OPERATOR_KEY");
  });

  it("puts the plugin-config key on chat through the registered provider's auth hooks", async () => {
    const recording = withPluginConfig(createCloudSigmaPlugin(), LISTING_CONFIG);
    const provider = recording.providers[0] as unknown as {
      prepareRuntimeAuth(ctx: unknown): Promise<unknown>;
      prepareSyntheticAuth(ctx: unknown): Promise<unknown>;
    };
    const model = { baseUrl: "https://taas.cloudsigma.com/v1" };
    expect(await provider.prepareRuntimeAuth({ config: {}, apiKey: "sk-host-own", model })).toEqual(
      { apiKey: OPERATOR_KEY },
    );
    expect(await provider.prepareSyntheticAuth({ provider: "cloudsigma", config: {} })).toEqual({
      apiKey: OPERATOR_KEY,
      source: "plugins.entries.cloudsigma.config.apiKey",
      mode: "api-key",
    });
  });

  it("lets chat use the plugin-config key when the host has none (resolveSyntheticAuth)", () => {
    const recording = withPluginConfig(createCloudSigmaPlugin(), LISTING_CONFIG);
    const [provider] = recording.providers;
    expect(provider?.resolveSyntheticAuth?.({ provider: "cloudsigma" } as never)).toEqual({
      apiKey: OPERATOR_KEY,
      source: "plugins.entries.cloudsigma.config.apiKey",
      mode: "api-key",
    });
  });

  it("puts the plugin-config key first in the plugin's own key path", async () => {
    vi.stubEnv("CLOUDSIGMA_API_KEY", "sk-from-the-environment");
    const secrets: string[] = [];
    const modelSource: ModelSource = {
      listModels: async (query) => {
        secrets.push(query.secret);
        return { ok: true, rows: [] };
      },
    };
    const recording = withPluginConfig(
      createCloudSigmaPlugin({ override: overrideWith({ modelSource }) }),
      LISTING_CONFIG,
    );
    const ctx = { provider: "cloudsigma", modelId: "taas-live-only", config: {} } as never;
    await recording.providers[0]?.prepareDynamicModel?.(ctx);
    expect(secrets).toEqual([OPERATOR_KEY]);
  });
});
