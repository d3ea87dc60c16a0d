import { readFileSync } from "node:fs";
import { validateJsonSchemaValue } from "openclaw/plugin-sdk/json-schema-runtime";
import { describe, expect, it } from "vitest";
import { SEED_TABLE } from "../support/seed-table.js";
import { LISTING_025_CONFIG, sharedFixtures } from "../support/shared-fixtures.js";

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));
const manifest = read("openclaw.plugin.json");
const pkg = read("package.json");

// The host's manifest loader ignores unknown keys silently, so every field we rely on is pinned here.
describe("openclaw.plugin.json", () => {
  it("identifies the plugin and matches package.json's version", () => {
    expect(manifest.id).toBe("cloudsigma");
    expect(manifest.name).toBe("CloudSigma TaaS");
    expect(typeof manifest.description).toBe("string");
    expect(manifest.version).toBe(pkg.version);
  });

  it("declares no syntheticAuthRefs: with them, 2026.6's models list marks every row available without a key", () => {
    expect(manifest).not.toHaveProperty("syntheticAuthRefs");
  });

  it("declares apiKey as the one secret input, for the host to resolve before the plugin sees it", () => {
    expect(manifest.configContracts).toEqual({
      secretInputs: { paths: [{ path: "apiKey", expected: "string" }] },
    });
  });

  it("documents exactly the listing 0.2.x keys and leaves other keys to a warning", () => {
    expect(Object.keys(manifest.configSchema.properties)).toEqual([
      "apiKey",
      "browserOrigin",
      "realtimeRequestTimeoutMs",
    ]);
    expect(manifest.configSchema.additionalProperties).toBe(true);
  });

  it("owns the cloudsigma provider, its env var and the cloudsigma-taas auth alias", () => {
    expect(manifest.providers).toEqual(["cloudsigma"]);
    expect(manifest.setup.providers).toEqual([
      { id: "cloudsigma", envVars: ["CLOUDSIGMA_API_KEY"] },
    ]);
    expect(manifest.providerAuthAliases).toEqual({ "cloudsigma-taas": "cloudsigma" });
    expect(manifest).not.toHaveProperty("providerAuthEnvVars");
  });

  it("declares the API-key auth choice with the --cloudsigma-api-key flag", () => {
    expect(manifest.providerAuthChoices).toEqual([
      expect.objectContaining({
        provider: "cloudsigma",
        method: "api-key",
        choiceId: "cloudsigma-api-key",
        choiceLabel: "CloudSigma TaaS API key",
        optionKey: "cloudsigmaApiKey",
        cliFlag: "--cloudsigma-api-key",
        cliOption: "--cloudsigma-api-key <key>",
      }),
    ]);
  });

  it("ships the 13 seed rows once, refreshable, with the alias", () => {
    const catalog = manifest.modelCatalog;
    expect(catalog.providers.cloudsigma.baseUrl).toBe("https://taas.cloudsigma.com/v1");
    expect(catalog.providers.cloudsigma.api).toBe("openai-completions");
    expect(catalog.providers.cloudsigma.models).toEqual(SEED_TABLE);
    expect(catalog.aliases).toEqual({ "cloudsigma-taas": { provider: "cloudsigma" } });
    expect(catalog.discovery).toEqual({ cloudsigma: "refreshable" });
  });

  it("declares streaming usage and lazy activation", () => {
    expect(manifest.providerRequest.providers.cloudsigma.openAICompletions).toEqual({
      supportsStreamingUsage: true,
    });
    expect(manifest.activation.onStartup).toBe(false);
    expect(manifest.activation.onProviders).toContain("cloudsigma");
  });

  it("declares its embedding and image providers, and no other contract", () => {
    // memoryEmbeddingProviders is 2026.6's way to load the plugin for memory search (2026.9
    // drops the key silently and uses embeddingProviders).
    expect(manifest.contracts).toEqual({
      embeddingProviders: ["cloudsigma"],
      memoryEmbeddingProviders: ["cloudsigma"],
      mediaUnderstandingProviders: ["cloudsigma"],
    });
    // Both hosts read automatic image selection from here.
    expect(manifest.mediaUnderstandingProviderMetadata).toEqual({
      cloudsigma: {
        capabilities: ["image"],
        defaultModels: { image: "qwen3-vl" },
        autoPriority: { image: 60 },
      },
    });
  });

  it("declares no tools, services, routes, skills, channels or daemons", () => {
    for (const key of ["skills", "channels", "cliBackends", "commands", "services", "routes"]) {
      expect(manifest, key).not.toHaveProperty(key);
    }
  });
});

describe("package.json", () => {
  it("is the ESM, MIT package OpenClaw installs", () => {
    expect(pkg.name).toBe("@cloudsigma/openclaw-taas-provider");
    expect(pkg.type).toBe("module");
    expect(pkg.license).toBe("MIT");
  });

  it("ships only what a host needs", () => {
    expect(pkg.files).toEqual([
      "dist/**/*.js",
      "dist/**/*.d.ts",
      "openclaw.plugin.json",
      "README.md",
      "CHANGELOG.md",
      "LICENSE",
    ]);
  });

  it("carries the openclaw block for extensions, compat, build and install", () => {
    expect(pkg.openclaw).toMatchObject({
      extensions: ["./dist/index.js"],
      providers: ["cloudsigma"],
      compat: { pluginApi: ">=2026.6.6", minGatewayVersion: "2026.6.6" },
      build: { openclawVersion: "2026.6.6", pluginSdkVersion: "2026.6.6" },
      install: { clawhubSpec: "clawhub:@cloudsigma/openclaw-taas-provider" },
    });
  });

  it("depends on tsyringe and reflect-metadata only, with openclaw an optional peer", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["reflect-metadata", "tsyringe"]);
    expect(pkg.peerDependencies).toEqual({ openclaw: ">=2026.6.6" });
    expect(pkg.peerDependenciesMeta).toEqual({ openclaw: { optional: true } });
  });

  it("develops against exactly the minimum supported host", () => {
    expect(pkg.devDependencies.openclaw).toBe("2026.6.6");
  });
});

// The host's own validator (2026.6.6's; 2026.9.6 validates the same schema with TypeBox too).
describe("configSchema, checked by the host's JSON-schema validator", () => {
  const validate = (value: unknown) =>
    validateJsonSchemaValue({ schema: manifest.configSchema, cacheKey: "manifest-test", value });
  const LISTING = {
    apiKey: { source: "env", provider: "default", id: "TAAS_OPERATOR_KEY" },
    browserOrigin: "http://127.0.0.1:18789",
    realtimeRequestTimeoutMs: 25000,
  };

  it.each([
    ["the listing README's config", LISTING],
    ["a plaintext key (as the host hands it over once resolved)", { ...LISTING, apiKey: "sk-1" }],
    ["a file reference", { apiKey: { source: "file", provider: "vault", id: "/cloudsigma" } }],
    ["an exec reference", { apiKey: { source: "exec", provider: "op", id: "cloudsigma" } }],
    ["an empty config", {}],
    ["keys this version does not know", { ...LISTING, region: "zrh", talk: { voice: "x" } }],
  ])("accepts %s", (_name, value) => {
    expect(validate(value)).toMatchObject({ ok: true });
  });

  it.each([
    ["apiKey as a number", { apiKey: 42 }, "apiKey"],
    [
      "apiKey as a reference with an unknown source",
      { apiKey: { source: "web", provider: "d", id: "K" } },
      "apiKey",
    ],
    [
      "apiKey as a reference without an id",
      { apiKey: { source: "env", provider: "default" } },
      "apiKey",
    ],
    ["browserOrigin as a number", { browserOrigin: 18789 }, "browserOrigin"],
    [
      "realtimeRequestTimeoutMs as a string",
      { realtimeRequestTimeoutMs: "25000" },
      "realtimeRequestTimeoutMs",
    ],
    ["a config that is not an object", "sk-1", "<root>"],
  ])("rejects %s", (_name, value, path) => {
    const result = validate(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toContain(path);
  });

  const listing = sharedFixtures("listing-0.2.5", [LISTING_025_CONFIG]);
  it.runIf(listing.present)(
    "accepts the listing 0.2.5 operator's plugins.entries.cloudsigma.config",
    () => {
      const config = JSON.parse(readFileSync(listing.path(LISTING_025_CONFIG), "utf8"));
      expect(validate(config.plugins.entries.cloudsigma.config)).toMatchObject({ ok: true });
    },
  );
});
