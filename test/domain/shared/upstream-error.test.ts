import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  API_KEY_ENV_VAR,
  API_KEY_FLAG,
  PLUGIN_CONFIG_KEY_PATH,
} from "../../../src/domain/shared/model.js";
import {
  baseUrlRefusedMessage,
  describeBaseUrl,
  describeFailure,
  discoveryFailedMessage,
  discoveryRecoveredMessage,
  missingKeyError,
  type UpstreamOperation,
  upstreamError,
} from "../../../src/domain/shared/upstream-error.js";
import type { UpstreamFailure } from "../../../src/ports/upstream-failure.port.js";

const OPERATIONS: UpstreamOperation[] = ["model-listing", "embeddings", "image-description"];

describe("describeFailure: one wording per failure class, whatever the operation", () => {
  it("names every place the key may come from for a rejected key", () => {
    for (const operation of OPERATIONS) {
      expect(describeFailure({ kind: "auth-rejected", status: 403 }, operation)).toBe(
        `HTTP 403: TaaS rejected the key; check ${PLUGIN_CONFIG_KEY_PATH} if set, else ${API_KEY_ENV_VAR}, or onboard again with ${API_KEY_FLAG}`,
      );
    }
  });

  it("tells the operator to top up or raise the key's budget on a 402", () => {
    expect(describeFailure({ kind: "payment-required", status: 402 }, "embeddings")).toBe(
      "HTTP 402: the CloudSigma balance is spent or the key reached its budget; " +
        "top up the CloudSigma balance or raise the key's budget",
    );
    expect(
      describeFailure(
        { kind: "payment-required", status: 402, code: "budget_exceeded" },
        "embeddings",
      ),
    ).toMatch(/^HTTP 402 budget_exceeded: /);
  });

  it("says a 429 is a rate limit, with the wait in whole seconds rounded up when given", () => {
    expect(describeFailure({ kind: "rate-limited", status: 429 }, "model-listing")).toBe(
      "HTTP 429: TaaS rate-limited the key",
    );
    expect(
      describeFailure({ kind: "rate-limited", status: 429, retryAfterMs: 1_001 }, "model-listing"),
    ).toBe("HTTP 429: TaaS rate-limited the key (retry after 2 s)");
  });

  it("gives other statuses with the upstream code, and a 404 hint fitting the operation", () => {
    expect(describeFailure({ kind: "http", status: 503 }, "embeddings")).toBe("HTTP 503");
    expect(describeFailure({ kind: "http", status: 400, code: "bad_input" }, "embeddings")).toBe(
      "HTTP 400 bad_input",
    );
    expect(describeFailure({ kind: "http", status: 404 }, "model-listing")).toBe(
      "HTTP 404; is the base URL TaaS's /v1 endpoint?",
    );
    expect(describeFailure({ kind: "http", status: 404 }, "image-description")).toBe(
      "HTTP 404; does TaaS serve this model for it?",
    );
  });

  it.each([
    ["model-listing", "the answer was not a model list"],
    ["embeddings", "the answer was not an embeddings list"],
    ["image-description", "the answer was not a chat completion"],
  ] as const)("says what %s expected when the answer could not be read", (operation, text) => {
    expect(describeFailure({ kind: "unavailable", reason: "malformed" }, operation)).toBe(text);
  });

  it.each([
    ["network", /could not reach TaaS/],
    ["timeout", /timed out/],
    ["refused", /must be https \(plain http only for loopback\)/],
    ["too-large", /larger than the plugin accepts/],
  ] as const)("says what %s means", (reason, pattern) => {
    expect(describeFailure({ kind: "unavailable", reason }, "embeddings")).toMatch(pattern);
  });
});

describe("upstreamError: a failed call as the host reads it", () => {
  it("names the operation and model, and carries the status and code alone", () => {
    expect(
      upstreamError({ kind: "http", status: 404, code: "model_not_found" }, "embeddings", "x"),
    ).toEqual({
      message:
        "CloudSigma embeddings (x): HTTP 404 model_not_found; does TaaS serve this model for it?",
      status: 404,
      code: "model_not_found",
    });
    expect(upstreamError({ kind: "http", status: 503 }, "image-description", "qwen3-vl")).toEqual({
      message: "CloudSigma image description (qwen3-vl): HTTP 503.",
      status: 503,
    });
    expect(upstreamError({ kind: "auth-rejected", status: 401 }, "embeddings", "e5")).toEqual({
      message: `CloudSigma embeddings (e5): ${describeFailure({ kind: "auth-rejected", status: 401 }, "embeddings")}.`,
      status: 401,
    });
  });

  it("passes a 402 through with its status and code", () => {
    const failure: UpstreamFailure = { kind: "payment-required", status: 402, code: "quota" };
    expect(upstreamError(failure, "embeddings", "e5")).toEqual({
      message: `CloudSigma embeddings (e5): ${describeFailure(failure, "embeddings")}.`,
      status: 402,
      code: "quota",
    });
  });

  it("carries a rate limit's wait as retryAfterMs, and none when it gave none", () => {
    expect(
      upstreamError(
        { kind: "rate-limited", status: 429, retryAfterMs: 20_000 },
        "embeddings",
        "e5",
      ),
    ).toEqual({
      message:
        "CloudSigma embeddings (e5): HTTP 429: TaaS rate-limited the key (retry after 20 s).",
      status: 429,
      retryAfterMs: 20_000,
    });
    expect(upstreamError({ kind: "rate-limited", status: 429 }, "embeddings", "e5")).toEqual({
      message: "CloudSigma embeddings (e5): HTTP 429: TaaS rate-limited the key.",
      status: 429,
    });
  });

  it("says an unreadable image description was not a chat completion, with no status", () => {
    const error = upstreamError(
      { kind: "unavailable", reason: "malformed" },
      "image-description",
      "qwen3-vl",
    );
    expect(error).toEqual({
      message: "CloudSigma image description (qwen3-vl): the answer was not a chat completion.",
    });
  });
});

describe("missingKeyError", () => {
  it("says where to put the key, with the env var, setting and flag constants, as a 401", () => {
    expect(missingKeyError("image-description")).toEqual({
      message: `CloudSigma image description needs the CloudSigma key: set ${API_KEY_ENV_VAR}, ${PLUGIN_CONFIG_KEY_PATH}, or onboard with ${API_KEY_FLAG}.`,
      status: 401,
    });
  });
});

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

describe("discovery log lines", () => {
  const timeout: UpstreamFailure = { kind: "unavailable", reason: "timeout" };

  it("say what failed, what is served and when it retries, in whole seconds rounded up", () => {
    expect(discoveryFailedMessage("https://taas.example/v1/", timeout, "static", 30_000)).toBe(
      "CloudSigma TaaS model discovery at https://taas.example/v1 failed: " +
        "the request to TaaS timed out. Serving the built-in model list; next attempt in 30 s.",
    );
    expect(
      discoveryFailedMessage("https://taas.example/v1", timeout, "last-good", 1_001),
    ).toContain("Serving the last good model list; next attempt in 2 s.");
  });

  it("report a recovery", () => {
    expect(discoveryRecoveredMessage("https://taas.example/v1")).toBe(
      "CloudSigma TaaS model discovery at https://taas.example/v1 recovered.",
    );
  });

  it("explain a refused base URL without its credentials", () => {
    const message = baseUrlRefusedMessage("http://user:sk-secret@taas.example/v1");
    expect(message).toContain("skipped for http://taas.example/v1");
    expect(message).toMatch(/must be https \(plain http only for loopback\)/);
    expect(message).not.toContain("sk-secret");
  });
});
