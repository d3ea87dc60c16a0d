import { container } from "tsyringe";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { HOST_CONTEXT_KEY, PLUGIN_CONFIG_KEY } from "../../src/ports/credential-source.port.js";
import { HTTP_GUARD } from "../../src/ports/http-guard.port.js";
import { MODEL_SOURCE } from "../../src/ports/model-source.port.js";
import { registerPlugin } from "../support/recording-api.js";
import { HOST_SEED_TABLE, SEED_TABLE } from "../support/seed-table.js";

function registerOnce() {
  const recording = registerPlugin(plugin);
  if (!recording.modelCatalog) throw new Error("plugin registered no model catalog");
  return { recording, provider: recording.provider, modelCatalog: recording.modelCatalog };
}

describe("plugin entry (real SDK definePluginEntry)", () => {
  it("identifies as the cloudsigma plugin with a strict empty config schema", () => {
    expect(plugin.id).toBe("cloudsigma");
    expect(plugin.name).toBe("CloudSigma TaaS");
    expect(plugin.configSchema).toBeDefined();
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
