import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  baseUrlRefusedMessage,
  describeBaseUrl,
  describeFailure,
  discoveryFailedMessage,
  discoveryRecoveredMessage,
} from "../../../src/domain/catalog/discovery-messages.js";
import type { ModelListingFailure } from "../../../src/ports/model-source.port.js";

describe("describeBaseUrl", () => {
  it("keeps scheme, host, port and path", () => {
    expect(describeBaseUrl("https://eu.taas.example:8443/api/v1")).toBe(
      "https://eu.taas.example:8443/api/v1",
    );
  });

  it("drops credentials, query, fragment and trailing slashes", () => {
    expect(describeBaseUrl("https://user:sk-secret@taas.example/v1/?key=sk-q#frag")).toBe(
      "https://taas.example/v1",
    );
  });

  it("does not echo an unparseable value, which might be a pasted key", () => {
    expect(describeBaseUrl("sk-pasted-by-mistake")).toBe("an unparseable base URL");
  });

  it("never repeats embedded credentials or query values", () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{12,24}$/).map((s) => `sk${s}`);
    fc.assert(
      fc.property(fc.webUrl(), secret, (url, key) => {
        const parsed = new URL(url);
        parsed.username = "user";
        parsed.password = key;
        parsed.search = `?token=${key}`;
        parsed.hash = key;
        expect(describeBaseUrl(parsed.href)).not.toContain(key);
      }),
      { numRuns: 50 },
    );
  });
});

describe("describeFailure", () => {
  it.each<[ModelListingFailure, string]>([
    [{ kind: "auth-rejected", status: 401 }, "the API key was rejected (HTTP 401)"],
    [{ kind: "unavailable", reason: "http", status: 503 }, "HTTP 503"],
    [{ kind: "unavailable", reason: "http" }, "HTTP error"],
    [{ kind: "unavailable", reason: "timeout" }, "it timed out"],
    [{ kind: "unavailable", reason: "malformed" }, "the response was not a model list"],
    [{ kind: "unavailable", reason: "refused" }, "refused by the network guard"],
    [{ kind: "unavailable", reason: "too-large" }, "the response was too large"],
    [{ kind: "unavailable", reason: "network" }, "a network error"],
  ])("describes %j", (failure, text) => {
    expect(describeFailure(failure)).toContain(text);
  });
});

describe("discovery log messages", () => {
  const timeout: ModelListingFailure = { kind: "unavailable", reason: "timeout" };

  it("says what failed, what is served and when it retries, in whole seconds rounded up", () => {
    const message = discoveryFailedMessage("https://taas.example/v1/", timeout, "static", 30_000);
    expect(message).toMatch(
      /^CloudSigma TaaS model discovery at https:\/\/taas\.example\/v1 failed/,
    );
    expect(message).toContain("it timed out");
    expect(message).toContain("Serving the built-in model list; next attempt in 30 s.");
    expect(
      discoveryFailedMessage("https://taas.example/v1", timeout, "last-good", 1_001),
    ).toContain("Serving the last good model list; next attempt in 2 s.");
  });

  it("reports a recovery", () => {
    expect(discoveryRecoveredMessage("https://taas.example/v1")).toBe(
      "CloudSigma TaaS model discovery at https://taas.example/v1 recovered.",
    );
  });

  it("explains a refused base URL without its credentials", () => {
    const message = baseUrlRefusedMessage("http://user:sk-secret@taas.example/v1");
    expect(message).toContain("skipped for http://taas.example/v1");
    expect(message).toMatch(/must be https \(plain http only for loopback\)/);
    expect(message).not.toContain("sk-secret");
  });
});
