// Non-interactive onboarding with `--cloudsigma-api-key`, in a sandbox of its own (it rewrites
// the config and stores the typed key), starting from a config that already has the user's own
// provider, a user row under cloudsigma, an alias for another model and a primary model.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { attachHostSandbox, type HostSandbox } from "../support/openclaw-host.js";
import { startTaasDouble, type TaasDouble } from "../support/taas-double/taas-double.js";
import { observe } from "./support/fixture.js";
import { filesContaining } from "./support/secret-scan.js";

const manifest = JSON.parse(
  readFileSync(new URL("../../openclaw.plugin.json", import.meta.url), "utf8"),
) as { modelCatalog: { providers: { cloudsigma: { models: Record<string, unknown>[] } } } };
const seedRows = manifest.modelCatalog.providers.cloudsigma.models;

const TYPED_KEY = "sk-e2e-onboard-typed-key";
const userRow = {
  id: "my-private-model",
  name: "My Private Model",
  input: ["text"],
  reasoning: false,
  contextWindow: 32000,
  maxTokens: 4000,
  cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
};
const otherProvider = {
  baseUrl: "http://127.0.0.1:9/v1",
  api: "openai-completions",
  models: [{ ...userRow, id: "other-model", name: "Other Model" }],
};

type Config = Record<string, unknown> & {
  models: { providers: Record<string, unknown> };
  agents: { defaults: { model: unknown; models: Record<string, unknown> } };
  auth?: { profiles?: Record<string, unknown> };
};

function userConfig(installed: Record<string, unknown>, baseUrl: string): Config {
  return {
    ...installed,
    models: {
      ...(installed.models as Record<string, unknown> | undefined),
      // Both hosts require a baseUrl on a non-bundled provider entry; `api` is left to the plugin.
      providers: { other: otherProvider, cloudsigma: { baseUrl, models: [userRow] } },
    },
    agents: {
      defaults: {
        model: { primary: "other/other-model" },
        models: { "other/other-model": { alias: "Mine" } },
      },
    },
  };
}

const onboardArgs = (authChoice: string) => [
  "onboard",
  "--non-interactive",
  "--accept-risk",
  "--auth-choice",
  authChoice,
  "--cloudsigma-api-key",
  TYPED_KEY,
  "--skip-channels",
  "--skip-skills",
  "--skip-health",
  "--no-install-daemon",
];

// 6.6 matches `--auth-choice` against the runtime auth method's `wizard.choiceId`; the
// plugin declares it (before it did, the documented choice was a silent no-op on 6.6).
describe.each(inject("hostVersions"))("onboarding on openclaw %s", (version) => {
  let host: HostSandbox;
  let double: TaasDouble;
  let installed: Record<string, unknown>;
  let before: Config;

  beforeAll(async () => {
    double = await startTaasDouble();
    const root = inject("onboardRoots")[version];
    if (!root) throw new Error(`no onboarding sandbox for openclaw ${version}`);
    host = await attachHostSandbox(version, root);
    installed = await host.readConfig();
  });
  afterAll(async () => {
    await double?.close();
  });

  const onboard = async (authChoice: string) => {
    before = userConfig(installed, double.url);
    await host.writeConfig(before);
    const run = await host.run(onboardArgs(authChoice), { timeoutMs: 150_000 });
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(`${run.stdout}${run.stderr}`).not.toContain(TYPED_KEY);
    // Onboarding never calls TaaS (`--skip-health`).
    expect(double.requests).toEqual([]);
    return (await host.readConfig()) as Config;
  };

  it("--auth-choice cloudsigma-api-key adds the catalog and alias, keeps the user's entries", async () => {
    const seen = observe(version, "onboarding", "yes");
    const after = await onboard("cloudsigma-api-key");
    const providers = after.models.providers;
    expect(providers.other).toEqual(otherProvider);
    // The user's row first and unchanged, then the 13 seed rows as the manifest has them.
    expect(providers.cloudsigma).toEqual({
      baseUrl: double.url,
      api: "openai-completions",
      models: [userRow, ...seedRows],
    });
    expect(after.agents.defaults.models).toEqual({
      "other/other-model": { alias: "Mine" },
      "cloudsigma/gpt-5.5": { alias: "CloudSigma TaaS" },
    });
    // Both hosts make the provider's default model primary, dropping the user's (no fallback).
    expect(after.agents.defaults.model).toEqual({ primary: "cloudsigma/gpt-5.5" });
    expect(after.auth?.profiles?.["cloudsigma:default"]).toEqual({
      provider: "cloudsigma",
      mode: "api_key",
    });
    // The typed key goes to the host's credential store (SQLite), never to the config.
    const holders = (await filesContaining([host.root], TYPED_KEY)).map((p) =>
      relative(host.root, p),
    );
    expect(holders.length).toBeGreaterThan(0);
    expect(holders.every((p) => /\.sqlite(-wal)?$/.test(p))).toBe(true);
    seen.note = `\`--auth-choice cloudsigma-api-key\`; user's primary replaced by cloudsigma/gpt-5.5; key in ${holders.join(", ")}`;
  });
});
