// The manifest's provider alias `cloudsigma-taas` (modelCatalog.aliases, providerAuthAliases):
// both hosts map it onto `cloudsigma`, its config, its rows and CLOUDSIGMA_API_KEY.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { hostTraits } from "../support/openclaw-host.js";
import { TEST_KEY } from "./support/cloudsigma-host.js";
import { observe, sessionId, useCloudSigmaHost } from "./support/fixture.js";

const ALIAS = "cloudsigma-taas";
const manifest = JSON.parse(
  readFileSync(new URL("../../openclaw.plugin.json", import.meta.url), "utf8"),
) as { modelCatalog: { providers: { cloudsigma: { models: { id: string }[] } } } };
const seedKeys = manifest.modelCatalog.providers.cloudsigma.models.map((m) => `cloudsigma/${m.id}`);
const reply = "Reached through the alias.";

describe.each(inject("hostVersions"))("provider alias on openclaw %s", (version) => {
  const e2e = useCloudSigmaHost(version, { reply });
  // 6.6 lists the manifest rows; 9.6 lists nothing until `--refresh` (see models-list.e2e.ts).
  const refresh = hostTraits(version).modelsListRefresh;

  it(`models list --provider ${ALIAS} shows the cloudsigma rows`, async () => {
    observe(
      version,
      "alias",
      "yes",
      `models list --provider ${ALIAS}${refresh ? " --refresh" : ""}`,
    );
    e2e.double.requests.length = 0;
    const list = await e2e.host.modelsList({ provider: ALIAS, refresh });
    expect(list.code, list.stderr).toBe(0);
    const keys = list.models.map((m) => m.key);
    // Keyed by the canonical id, never `cloudsigma-taas/...`.
    expect(keys).toEqual(expect.arrayContaining(seedKeys));
    expect(keys.every((key) => key.startsWith("cloudsigma/"))).toBe(true);
    if (refresh) {
      expect(keys).toContain("cloudsigma/taas-live-only");
      const discovery = e2e.double.requests.filter((r) => r.path === "/v1/models");
      expect(discovery.map((r) => r.headers.authorization)).toEqual([`Bearer ${TEST_KEY}`]);
    } else {
      expect(keys).toHaveLength(seedKeys.length);
      expect(e2e.double.requests).toEqual([]);
    }
    expect(list.models.every((m) => m.available === true)).toBe(true);
  });

  it(`agent --model ${ALIAS}/gpt-5.5 reaches the double with CLOUDSIGMA_API_KEY`, async () => {
    observe(version, "alias", "yes", `agent --model ${ALIAS}/gpt-5.5 → provider cloudsigma`);
    e2e.double.requests.length = 0;
    const turn = await e2e.host.agent("hi", {
      sessionId: sessionId("alias", "turn"),
      provider: ALIAS,
      model: "gpt-5.5",
    });
    expect(turn.code, turn.stderr).toBe(0);
    expect(turn.json?.payloads?.[0]?.text).toBe(reply);
    // The host reports the canonical provider and the seed row's limits.
    expect(turn.json?.meta?.agentMeta).toMatchObject({
      provider: "cloudsigma",
      model: "gpt-5.5",
      contextTokens: 400000,
    });
    const [request] = e2e.double.chatRequests();
    expect(request?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(request?.body).toMatchObject({ model: "gpt-5.5", max_completion_tokens: 128000 });
  });
});
