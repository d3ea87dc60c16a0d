// The upgrade an operator of the listed 0.1.2 makes: 0.1.2 installed from its tarball and
// onboarded with a stored key, the config then made their own, our tarball installed over it
// as the README says, and back again. The double accepts only the stored key.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createHostSandbox, type HostSandbox, hostTraits } from "../support/openclaw-host.js";
import { sharedFixtures } from "../support/shared-fixtures.js";
import { DEFAULTS, startTaasDouble, type TaasDouble } from "../support/taas-double/taas-double.js";
import { writeWorkspaceFile } from "./support/cloudsigma-host.js";
import { observe, sessionId } from "./support/fixture.js";
import { withManifestBaseUrl } from "./support/installed-manifest.js";
import {
  chatBodies,
  inspectPlugin,
  listModels,
  ONBOARD_ARGS,
  turn,
} from "./support/upgrade-steps.js";

const LISTING_TARBALL_NAME = "cloudsigma-openclaw-taas-provider-0.1.2.tgz";
const listingFixtures = sharedFixtures("listing-0.1.2", [LISTING_TARBALL_NAME]);
const LISTING_TARBALL = listingFixtures.path(LISTING_TARBALL_NAME);
const STORED_KEY = "sk-e2e-upgrade-stored-key";
const other = {
  baseUrl: "http://127.0.0.1:9/v1",
  api: "openai-completions",
  models: [
    {
      id: "other-model",
      name: "Other Model",
      input: ["text"],
      reasoning: false,
      contextWindow: 32000,
      maxTokens: 4000,
      cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
    },
  ],
};

type Config = Record<string, unknown> & {
  models: { providers: Record<string, Record<string, unknown>> };
  agents: { defaults: Record<string, unknown> & { models: Record<string, unknown> } };
};

describe.runIf(listingFixtures.present).each(inject("hostVersions"))(
  "upgrade from 0.1.2 on openclaw %s",
  (version) => {
    const flags = hostTraits(version).installFlags;
    const { modelPolicyAllowlist, modelsListRefresh } = hostTraits(version);
    let host: HostSandbox;
    let double: TaasDouble;
    let before: Config;

    const install = async (tarball: string) => {
      // 2026.9 already adds --force; 2026.6 needs it to replace an installed plugin.
      const args = ["plugins", "install", tarball, ...new Set(["--force", ...flags])];
      const run = await host.run(args, { timeoutMs: 300_000 });
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    };

    beforeAll(async () => {
      double = await startTaasDouble({
        apiKey: STORED_KEY,
        toolCall: { name: "read", arguments: { path: "upgrade.txt" } },
      });
      host = await createHostSandbox(version);
      await install(LISTING_TARBALL);
      const onboard = await host.run([...ONBOARD_ARGS, STORED_KEY], { timeoutMs: 150_000 });
      expect(onboard.code, onboard.stderr).toBe(0);
      // The operator's own changes since: their endpoint, another provider, an alias for it.
      const onboarded = (await host.readConfig()) as Config;
      onboarded.models.providers.cloudsigma = {
        ...onboarded.models.providers.cloudsigma,
        baseUrl: double.url,
      };
      onboarded.models.providers.other = other;
      onboarded.agents.defaults.models["other/other-model"] = { alias: "Mine" };
      await host.writeConfig(onboarded);
      before = (await host.readConfig()) as Config;
      await install(inject("pluginTarball"));
    }, 900_000);
    afterAll(async () => {
      await double?.close();
      await host?.cleanup();
    });

    it("loads 0.2.0 without diagnostics and keeps the operator's config", async () => {
      const seen = observe(version, "upgrade-install", "yes");
      const report = await inspectPlugin(host);
      expect(report.plugin.status).toBe("loaded");
      expect(report.plugin.version).toBe("0.2.0");
      expect(report.diagnostics).toEqual([]);
      const after = (await host.readConfig()) as Config;
      // The install only touches plugins.entries and meta; everything the operator had stays.
      const { meta: _m, plugins: _p, ...kept } = before;
      const { meta: _m2, plugins: afterPlugins, ...now } = after;
      expect(now).toEqual(kept);
      expect(afterPlugins).toMatchObject({ entries: { cloudsigma: { enabled: true } } });
      expect(after.models.providers.cloudsigma?.models).toHaveLength(13);
      seen.note = `\`plugins install <tgz> ${[...new Set(["--force", ...flags])].join(" ")}\`: loaded 0.2.0, no diagnostics; primary, aliases, other provider, 0.1.2's 13 rows unchanged`;
    });

    it("on 2026.6, the README's one command admits every CloudSigma route", async () => {
      const seen = observe(version, "upgrade-allowlist", modelPolicyAllowlist ? "n/a" : "yes");
      if (modelPolicyAllowlist) {
        seen.note = "not needed: 2026.9 keeps the allowlist in agents.defaults.modelPolicy";
        return;
      }
      const refused = await turn(host, "hi", sessionId("upgrade", "refused"), "claude-sonnet-4.6");
      expect(refused.stderr).toMatch(/is not allowed/);
      const set = await host.run(
        ["config", "set", 'agents.defaults.models["cloudsigma/*"]', "{}", "--strict-json"],
        { timeoutMs: 60_000 },
      );
      expect(set.code, set.stderr).toBe(0);
      seen.note =
        "0.1.2's onboarding allows only gpt-5.5; `config set 'agents.defaults.models[\"cloudsigma/*\"]' '{}'` fixes it";
    });

    it("lists the catalog with live rows, with the stored key", async () => {
      const seen = observe(version, "upgrade-models-list", modelsListRefresh ? "yes" : "partial");
      double.requests.length = 0;
      // 2026.9 runs the plugin's catalog for the default base URL (the manifest's): see HOST-BEHAVIOUR.md.
      const rows = modelsListRefresh
        ? await withManifestBaseUrl(host, double.url, () => listModels(host, true))
        : await listModels(host, false);
      expect(rows).toContain("cloudsigma/gpt-5.5");
      expect(rows).toContain("cloudsigma/pixtral-large");
      if (modelsListRefresh) {
        expect(rows).toContain("cloudsigma/taas-live-only");
        expect(double.requests.map((r) => r.headers.authorization)).toEqual([
          `Bearer ${STORED_KEY}`,
        ]);
        seen.note = `\`--refresh\`: ${rows.length} rows incl. live ones, discovered with the stored key`;
      } else {
        expect(double.requests).toEqual([]);
        seen.note = `${rows.length} config rows; 2026.6 \`models list\` never runs a plugin catalog (live ids resolve in turns)`;
      }
    });

    it("streams a turn, runs a tool turn and a live-only turn with the stored key", async () => {
      const seen = observe(version, "upgrade-turns", "yes");
      double.requests.length = 0;
      const plain = await turn(host, "hi", sessionId("upgrade", "plain"));
      expect(plain.text).toBe(DEFAULTS.reply);
      await writeWorkspaceFile(host, "upgrade.txt", "upgrade marker 41c2\n");
      const tool = await turn(host, `please ${DEFAULTS.toolTrigger}`, sessionId("upgrade", "tool"));
      expect(tool.text).toBe(DEFAULTS.afterToolReply);
      const live = await turn(host, "hi", sessionId("upgrade", "live"), "taas-live-only");
      expect(live.contextTokens).toBe(64000);
      const bodies = chatBodies(double);
      expect(bodies[0]).toMatchObject({ model: "gpt-5.5", stream: true });
      const toolResult = bodies[2]?.messages?.find((m) => m.role === "tool");
      expect(String(toolResult?.content)).toContain("upgrade marker 41c2");
      for (const request of double.requests) {
        expect(request.headers.authorization).toBe(`Bearer ${STORED_KEY}`);
      }
      seen.note =
        "streamed, `read` tool loop and live-only turn; every request `Bearer <stored key>`";
    });

    it("gives 0.1.2's config rows their family's request compat", async () => {
      const seen = observe(version, "upgrade-config-rows", "yes");
      double.requests.length = 0;
      const claude = await turn(host, "hi", sessionId("upgrade", "claude"), "claude-sonnet-4.6");
      expect(claude.text).toBe(DEFAULTS.reply);
      const [body] = chatBodies(double);
      // 0.1.2 wrote the row without compat; the Anthropic family sends max_tokens.
      expect(body).toHaveProperty("max_tokens");
      expect(body).not.toHaveProperty("max_completion_tokens");
      seen.note = "claude-sonnet-4.6 (0.1.2's config row): `max_tokens`, as its family wants";
    });

    it("rolls back to 0.1.2 with a working setup", async () => {
      const seen = observe(version, "upgrade-rollback", "yes");
      await install(LISTING_TARBALL);
      const report = await inspectPlugin(host);
      expect(report.plugin.status).toBe("loaded");
      expect(report.plugin.version).toBe("0.1.2");
      double.requests.length = 0;
      const plain = await turn(host, "hi", sessionId("upgrade", "rollback"));
      expect(plain.text).toBe(DEFAULTS.reply);
      expect(double.chatRequests()[0]?.headers.authorization).toBe(`Bearer ${STORED_KEY}`);
      const validate = await host.run(["config", "validate"], { timeoutMs: 60_000 });
      expect(validate.code, validate.stdout + validate.stderr).toBe(0);
      seen.note = `\`plugins install <0.1.2 tgz> ${[...new Set(["--force", ...flags])].join(" ")}\`: loaded 0.1.2, config valid, turn answered with the stored key`;
    });
  },
);
