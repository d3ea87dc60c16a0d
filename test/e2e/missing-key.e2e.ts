// Without a key a turn fails before anything reaches TaaS.
import { describe, expect, inject, it } from "vitest";
import { observe, sessionId, useCloudSigmaHost } from "./support/fixture.js";

// 2026.6.6 prints the plugin's buildMissingAuthMessage; 2026.9.6 prints its own generic
// "No API key found for provider" text and never asks the plugin (see HOST-BEHAVIOUR.md, "Turns").
const showsPluginHint = (version: string) => version.startsWith("2026.6.");

describe.each(inject("hostVersions"))("missing key on openclaw %s", (version) => {
  const e2e = useCloudSigmaHost(version);

  it("fails the turn, names the provider, and sends no chat request", async () => {
    const text = showsPluginHint(version) ? "the plugin's hint" : "the host's own text";
    observe(version, "missing-key", "yes", `exit 1 before any chat request; ${text}`);
    const turn = await e2e.host.agent("hi", { sessionId: sessionId("nokey", "turn"), key: null });
    expect(turn.code).not.toBe(0);
    const output = `${turn.stdout}\n${turn.stderr}`;
    expect(output).toContain('provider "cloudsigma"');
    if (showsPluginHint(version)) expect(output).toContain("CLOUDSIGMA_API_KEY");
    expect(e2e.double.chatRequests()).toEqual([]);
    // Never the env var's name sent as if it were the secret.
    expect(
      e2e.double.requests.some((r) => r.headers.authorization === "Bearer CLOUDSIGMA_API_KEY"),
    ).toBe(false);
  });
});
