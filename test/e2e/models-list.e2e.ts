// `openclaw models list` shows the seed rows, and (where the host discovers) live rows.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { hostTraits } from "../support/openclaw-host.js";
import { TEST_KEY } from "./support/cloudsigma-host.js";
import { observe, useCloudSigmaHost } from "./support/fixture.js";

const manifest = JSON.parse(
  readFileSync(new URL("../../openclaw.plugin.json", import.meta.url), "utf8"),
) as {
  modelCatalog: { providers: { cloudsigma: { models: { id: string }[] } } };
};
const seedKeys = manifest.modelCatalog.providers.cloudsigma.models
  .map((m) => `cloudsigma/${m.id}`)
  .sort();

describe.each(inject("hostVersions"))("models list on openclaw %s", (version) => {
  const e2e = useCloudSigmaHost(version);
  // 2026.6.6 lists the manifest rows and never discovers; 2026.9.6 lists nothing until
  // `--refresh`, which runs catalog.run (see HOST-BEHAVIOUR.md).
  const discovers = hostTraits(version).modelsListRefresh;

  it.runIf(!discovers)("lists every seed row, unavailable without a key", async () => {
    observe(version, "list-no-key", "yes", "13 manifest rows, `available: false`");
    const list = await e2e.host.modelsList({ key: null });
    expect(list.code, list.stderr).toBe(0);
    expect(list.models.map((m) => m.key).sort()).toEqual(seedKeys);
    expect(list.models.every((m) => m.available === false)).toBe(true);
    expect(e2e.double.requests).toEqual([]);
  });

  it.runIf(!discovers)("marks the seed rows available with a key", async () => {
    observe(version, "list-key", "yes", "13 manifest rows, `available: true`; never discovers");
    observe(version, "non-chat-hidden", "n/a", "lists only the manifest rows");
    const list = await e2e.host.modelsList();
    expect(list.code, list.stderr).toBe(0);
    expect(list.models.map((m) => m.key).sort()).toEqual(seedKeys);
    expect(list.models.every((m) => m.available === true)).toBe(true);
  });

  it.runIf(discovers)("--refresh without a key sends nothing upstream", async () => {
    observe(version, "list-no-key", "no", "lists nothing, plain or `--refresh`; nothing sent");
    e2e.double.requests.length = 0;
    const list = await e2e.host.modelsList({ key: null, refresh: true });
    expect(list.code, list.stderr).toBe(0);
    expect(e2e.double.requests).toEqual([]);
    // 9.6 shows no row at all for an external plugin without a key, refresh or not.
    expect(list.models).toEqual([]);
  });

  it.runIf(discovers)("--refresh with a key merges live chat rows into the seed rows", async () => {
    observe(version, "list-key", "yes", "`--refresh`: 13 seed + 2 live rows (plain list: none)");
    observe(version, "non-chat-hidden", "yes", "`text-embed-3` absent after `--refresh`");
    e2e.double.requests.length = 0;
    const list = await e2e.host.modelsList({ refresh: true });
    expect(list.code, list.stderr).toBe(0);
    const keys = list.models.map((m) => m.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        ...seedKeys,
        "cloudsigma/taas-live-only",
        "cloudsigma/taas-vision-live",
      ]),
    );
    expect(keys).not.toContain("cloudsigma/text-embed-3");
    expect(list.models.find((m) => m.key === "cloudsigma/taas-live-only")?.contextWindow).toBe(
      64000,
    );

    const discovery = e2e.double.requests.filter((r) => r.path === "/v1/models");
    expect(discovery.length).toBeGreaterThan(0);
    expect(discovery.every((r) => r.headers.authorization === `Bearer ${TEST_KEY}`)).toBe(true);
  });
});
