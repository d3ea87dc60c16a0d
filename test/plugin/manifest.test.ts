import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SEED_TABLE } from "../support/seed-table.js";

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

  it("has a strict, empty config schema", () => {
    expect(manifest.configSchema).toEqual({
      type: "object",
      additionalProperties: false,
      properties: {},
    });
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
