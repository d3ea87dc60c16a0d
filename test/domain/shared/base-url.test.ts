import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isLoopbackHostname,
  resolveBaseUrl,
  taasRequestTarget,
} from "../../../src/domain/shared/base-url.js";

const withBaseUrl = (baseUrl: unknown) => ({ models: { providers: { cloudsigma: { baseUrl } } } });

describe("resolveBaseUrl", () => {
  it("uses the configured models.providers.cloudsigma.baseUrl", () => {
    expect(resolveBaseUrl(withBaseUrl("https://eu.taas.example/v1"))).toBe(
      "https://eu.taas.example/v1",
    );
  });

  it("trims whitespace and every trailing slash", () => {
    expect(resolveBaseUrl(withBaseUrl("  https://proxy.example/v1///  "))).toBe(
      "https://proxy.example/v1",
    );
  });

  it.each([
    ["no config", undefined],
    ["null config", null],
    ["a non-object config", "https://elsewhere.example"],
    ["an empty config", {}],
    ["no providers", { models: {} }],
    ["another provider only", { models: { providers: { openai: { baseUrl: "https://x" } } } }],
    ["an empty baseUrl", withBaseUrl("")],
    ["a blank baseUrl", withBaseUrl("   ")],
    ["a non-string baseUrl", withBaseUrl(443)],
    ["providers as an array", { models: { providers: [{ baseUrl: "https://x" }] } }],
  ])("defaults to https://taas.cloudsigma.com/v1 with %s", (_label, config) => {
    expect(resolveBaseUrl(config)).toBe("https://taas.cloudsigma.com/v1");
  });

  it("never throws and never ends with a slash, whatever the config", () => {
    const config = fc.oneof(
      fc.anything(),
      fc.string().map(withBaseUrl),
      fc.webUrl().map((url) => withBaseUrl(`${url}/`)),
    );
    fc.assert(
      fc.property(config, (value) => {
        const url = resolveBaseUrl(value);
        expect(url.endsWith("/")).toBe(false);
        expect(url).toBe(url.trim());
      }),
    );
  });
});

describe("isLoopbackHostname", () => {
  it.each(["localhost", "127.0.0.1", "127.255.0.9", "[::1]", "::1"])("accepts %s", (host) => {
    expect(isLoopbackHostname(host)).toBe(true);
  });

  it.each([
    "taas.cloudsigma.com",
    "127.0.0.1.nip.io",
    "localhost.evil.example",
    "10.0.0.1",
    "0.0.0.0",
    "128.0.0.1",
    "127.0.0",
  ])("rejects %s", (host) => {
    expect(isLoopbackHostname(host)).toBe(false);
  });
});

describe("taasRequestTarget", () => {
  it("puts every endpoint under the base path of an https URL, restricted to its host", () => {
    expect(taasRequestTarget("https://taas.cloudsigma.com/v1")).toEqual({
      modelsUrl: "https://taas.cloudsigma.com/v1/models",
      embeddingsUrl: "https://taas.cloudsigma.com/v1/embeddings",
      chatCompletionsUrl: "https://taas.cloudsigma.com/v1/chat/completions",
      hostname: "taas.cloudsigma.com",
    });
  });

  it("keeps a port and drops trailing slashes from the path", () => {
    expect(taasRequestTarget("https://gw.example:8443/api/v1//")).toMatchObject({
      modelsUrl: "https://gw.example:8443/api/v1/models",
      embeddingsUrl: "https://gw.example:8443/api/v1/embeddings",
      hostname: "gw.example",
    });
  });

  it.each([
    ["http://localhost:4000/v1", "localhost"],
    ["http://127.0.0.1:4000/v1", "127.0.0.1"],
    ["http://[::1]:4000/v1", "[::1]"],
  ])("allows plain http to loopback (%s)", (baseUrl, hostname) => {
    expect(taasRequestTarget(baseUrl)?.hostname).toBe(hostname);
  });

  it.each([
    ["plain http to a remote host", "http://taas.cloudsigma.com/v1"],
    ["plain http to a loopback look-alike", "http://127.0.0.1.nip.io/v1"],
    ["another scheme", "ftp://taas.cloudsigma.com/v1"],
    ["a websocket scheme", "wss://taas.cloudsigma.com/v1"],
    ["a file URL", "file:///etc/passwd"],
    ["embedded user and password", "https://user:pass@taas.cloudsigma.com/v1"],
    ["an embedded user only", "https://user@taas.cloudsigma.com/v1"],
    ["an embedded password only", "https://:secret@taas.cloudsigma.com/v1"],
    ["credentials on loopback", "http://user:pass@localhost/v1"],
    ["not a URL", "taas.cloudsigma.com/v1"],
    ["an empty string", ""],
  ])("refuses %s", (_label, baseUrl) => {
    expect(taasRequestTarget(baseUrl)).toBeNull();
  });

  it("refuses plain http to any non-loopback domain and accepts https to it", () => {
    fc.assert(
      fc.property(fc.domain(), (host) => {
        fc.pre(!isLoopbackHostname(host));
        expect(taasRequestTarget(`http://${host}/v1`)).toBeNull();
        expect(taasRequestTarget(`https://${host}/v1`)?.modelsUrl).toBe(
          `https://${host}/v1/models`,
        );
      }),
    );
  });
});
