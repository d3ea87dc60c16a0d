import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { registerPlugin } from "../support/recording-api.js";
import { SEED_TABLE } from "../support/seed-table.js";

const agentDir = mkdtempSync(join(tmpdir(), "cloudsigma-onboard-"));
afterAll(() => rmSync(agentDir, { recursive: true, force: true }));

interface OnboardedConfig {
  models: {
    providers: Record<
      string,
      { baseUrl?: string; headers?: unknown; models: Array<{ id: string }> }
    >;
  };
  agents: { defaults: { model: { primary?: string }; models: Record<string, unknown> } };
}

/** Runs the real SDK's non-interactive API-key flow, as `openclaw onboard --cloudsigma-api-key` does. */
async function onboard(config: Record<string, unknown>) {
  const method = registerPlugin(plugin).provider.auth[0];
  if (!method?.runNonInteractive) throw new Error("no non-interactive auth");
  const result = await method.runNonInteractive({
    config,
    opts: { cloudsigmaApiKey: "sk-onboard-1" },
    agentDir,
    runtime: { log: () => {}, error: () => {}, exit: () => {} },
    resolveApiKey: async ({ flagValue }: { flagValue?: string }) =>
      flagValue ? { key: flagValue, source: "flag" } : null,
    toApiKeyCredential: ({ resolved }: { resolved: { key: string } }) => ({
      type: "api_key",
      provider: "cloudsigma",
      key: resolved.key,
    }),
  } as never);
  return result as unknown as OnboardedConfig;
}

describe("onboarding with --cloudsigma-api-key (real SDK flow)", () => {
  it("writes the catalog, the CloudSigma TaaS alias and the default model into an empty config", async () => {
    const config = await onboard({});
    expect(config.models.providers.cloudsigma).toEqual({
      baseUrl: "https://taas.cloudsigma.com/v1",
      api: "openai-completions",
      models: SEED_TABLE,
    });
    expect(config.agents.defaults.models["cloudsigma/gpt-5.5"]).toEqual({
      alias: "CloudSigma TaaS",
    });
    // The host's own onboarding step makes the provider's default model primary.
    expect(JSON.stringify(config.agents.defaults.model)).toContain("cloudsigma/gpt-5.5");
    expect(JSON.stringify(config)).not.toContain("sk-onboard-1");
  });

  it("keeps the user's provider entries, model rows and aliases", async () => {
    const userRow = { ...SEED_TABLE[0], name: "My GPT", contextWindow: 1000 };
    const config = await onboard({
      models: {
        providers: {
          cloudsigma: {
            baseUrl: "https://eu.taas.example.org/v1",
            headers: { "X-Team": "a" },
            models: [userRow],
          },
          other: { baseUrl: "https://other.example.org/v1", models: [] },
        },
      },
      agents: {
        defaults: {
          models: {
            "cloudsigma/gpt-5.5": { alias: "gpt" },
            "other/m": { alias: "mine" },
          },
        },
      },
    });
    const cloudsigma = config.models.providers.cloudsigma;
    expect(cloudsigma?.baseUrl).toBe("https://eu.taas.example.org/v1");
    expect(cloudsigma?.headers).toEqual({ "X-Team": "a" });
    expect(cloudsigma?.models[0]).toEqual(userRow);
    expect(cloudsigma?.models.map((row) => row.id)).toEqual(SEED_TABLE.map((row) => row.id));
    expect(config.models.providers.other).toEqual({
      baseUrl: "https://other.example.org/v1",
      models: [],
    });
    expect(config.agents.defaults.models["cloudsigma/gpt-5.5"]).toEqual({ alias: "gpt" });
    expect(config.agents.defaults.models["other/m"]).toEqual({ alias: "mine" });
  });

  it("leaves the primary model to the host, which makes the provider's default primary", async () => {
    const config = await onboard({ agents: { defaults: { model: { primary: "other/m" } } } });
    // Recorded host behaviour (OpenClaw's applyPrimaryModel), documented in the README.
    expect(config.agents.defaults.model.primary).toBe("cloudsigma/gpt-5.5");
  });
});
