import { describe, expect, it } from "vitest";
import { upstreamError } from "../../../src/domain/shared/upstream-error.js";

describe("upstream errors as the host reads them", () => {
  it("carry HTTP <status> in the message and the status alone", () => {
    expect(upstreamError({ kind: "auth-rejected", status: 401 }, "embeddings", "e5")).toEqual({
      message:
        "CloudSigma embeddings (e5): HTTP 401: the key was rejected; check CLOUDSIGMA_API_KEY or re-run onboarding.",
      status: 401,
    });
    expect(upstreamError({ kind: "rate-limited", status: 429 }, "embeddings", "e5")).toEqual({
      message: "CloudSigma embeddings (e5): HTTP 429: rate limited by TaaS.",
      status: 429,
    });
    expect(
      upstreamError({ kind: "http", status: 404, code: "model_not_found" }, "embeddings", "x"),
    ).toEqual({
      message:
        "CloudSigma embeddings (x): HTTP 404 model_not_found; does TaaS serve this model for it?",
      status: 404,
      code: "model_not_found",
    });
    expect(upstreamError({ kind: "http", status: 503 }, "image description", "qwen3-vl")).toEqual({
      message: "CloudSigma image description (qwen3-vl): HTTP 503.",
      status: 503,
    });
  });

  it.each([
    ["network", /could not reach TaaS/],
    ["timeout", /did not answer in time/],
    ["refused", /may send the key to/],
    ["too-large", /larger than/],
    ["malformed", /not an embeddings list/],
  ] as const)("say what %s means, with no status", (reason, pattern) => {
    const error = upstreamError({ kind: "unavailable", reason }, "embeddings", "e5");
    expect(error.message).toMatch(pattern);
    expect(error).not.toHaveProperty("status");
  });
});
