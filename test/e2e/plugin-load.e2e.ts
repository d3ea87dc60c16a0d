// The packed plugin, installed by global setup, loads its runtime in every supported host.
import { describe, expect, inject, it } from "vitest";
import { PROVIDER } from "./support/cloudsigma-host.js";
import { observe, useCloudSigmaHost } from "./support/fixture.js";

describe.each(inject("hostVersions"))("plugin load on openclaw %s", (version) => {
  const e2e = useCloudSigmaHost(version);

  it("loads the runtime and registers the cloudsigma provider", async () => {
    observe(version, "load", "yes", "loaded, no error diagnostics");
    const report = await e2e.host.inspectRuntime();
    expect(report.plugin).toMatchObject({ id: PROVIDER, status: "loaded", imported: true });
    expect(report.plugin.error).toBeUndefined();
    expect(report.plugin.providerIds).toContain(PROVIDER);
    expect(report.diagnostics.filter((d) => d.level === "error")).toEqual([]);
  });

  it("sends nothing upstream just to load", () => {
    expect(e2e.double.requests).toEqual([]);
  });
});
