// Non-interactive onboarding with `--cloudsigma-api-key`, in a sandbox of its own (it rewrites
// the config and stores the typed key), starting from a config that already has the user's own
// provider, a user row under cloudsigma, an alias for another model and a primary model.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  attachHostSandbox,
  type HostSandbox,
  hostTraits,
  parseJsonOutput,
} from "../support/openclaw-host.js";
import { startTaasDouble, type TaasDouble } from "../support/taas-double/taas-double.js";
import { observe } from "./support/fixture.js";
import { withManifestBaseUrl } from "./support/installed-manifest.js";
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
    // 2026.6 reads these keys as the model allowlist, so every CloudSigma route is admitted;
    // 2026.9 keeps its allowlist elsewhere (agents.defaults.modelPolicy).
    const allowlist = hostTraits(version).modelPolicyAllowlist ? {} : { "cloudsigma/*": {} };
    expect(after.agents.defaults.models).toEqual({
      "other/other-model": { alias: "Mine" },
      "cloudsigma/gpt-5.5": { alias: "CloudSigma TaaS" },
      ...allowlist,
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

  // After onboarding the key lives only in the host's store: no CLOUDSIGMA_API_KEY below.
  it("a live-only turn discovers with the stored key", async () => {
    const seen = observe(version, "stored-key-dynamic-model", "yes");
    double.requests.length = 0;
    const turn = await host.run(
      ["agent", "--local", "--session-id", `stored-${Date.now()}`, "--message", "hi"].concat([
        "--model",
        "cloudsigma/taas-live-only",
        "--json",
      ]),
      { timeoutMs: 150_000 },
    );
    expect(turn.code, turn.stderr).toBe(0);
    const json = parseJsonOutput<{ meta?: { agentMeta?: { contextTokens?: number } } }>(
      turn.stdout,
    );
    // The live-only row's upstream limits, not the conservative fallback's.
    expect(json.meta?.agentMeta?.contextTokens).toBe(64000);
    expect(double.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /v1/models",
      "POST /v1/chat/completions",
    ]);
    for (const request of double.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${TYPED_KEY}`);
    }
    seen.note = "`prepareDynamicModel` discovers with the stored key; upstream limits (64000)";
  });

  it("`models list` discovers with the stored key where the host runs the catalog", async () => {
    const newer = hostTraits(version).modelsListRefresh;
    const seen = observe(version, "stored-key-models-list", newer ? "partial" : "no");
    const list = async () => {
      double.requests.length = 0;
      const args = ["models", "list", "--provider", "cloudsigma", "--json"];
      const run = await host.run(newer ? [...args, "--refresh"] : args, { timeoutMs: 120_000 });
      expect(run.code, run.stderr).toBe(0);
      const rows = parseJsonOutput<{ models?: { key: string }[] }>(run.stdout).models ?? [];
      const discovery = double.requests.filter((r) => r.path === "/v1/models");
      return { keys: rows.map((row) => row.key), discovery };
    };
    // A base URL other than the manifest's: 2026.9 runs no plugin catalog for it unless the
    // key is also in the environment (HOST-BEHAVIOUR.md), 2026.6 lists without any plugin hook.
    const custom = await list();
    expect(custom.discovery).toEqual([]);
    expect(custom.keys).toContain("cloudsigma/gpt-5.5");
    expect(custom.keys).not.toContain("cloudsigma/taas-live-only");
    if (!newer) {
      seen.note =
        "`models list` never runs a plugin catalog on 2026.6 (stored or env key); live-only ids still resolve in turns";
      return;
    }
    const standard = await withManifestBaseUrl(host, double.url, list);
    expect(standard.keys).toContain("cloudsigma/taas-live-only");
    expect(standard.discovery.length).toBe(1);
    expect(standard.discovery[0]?.headers.authorization).toBe(`Bearer ${TYPED_KEY}`);
    seen.note =
      "`--refresh` discovers with the stored key at the default base URL; at another base URL 2026.9 runs no plugin catalog without the env key";
  });
});
