import type { UpstreamFailure } from "../../ports/upstream-failure.port.js";

/** A failure as the host reads it: a message with `HTTP <status>`, and the fields alone. */
export interface UpstreamError {
  readonly message: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly code?: string;
}

type UnavailableReason = Extract<UpstreamFailure, { kind: "unavailable" }>["reason"];

const UNAVAILABLE: Record<UnavailableReason, string> = {
  network: "could not reach TaaS",
  timeout: "TaaS did not answer in time",
  refused: "the base URL is not one the plugin may send the key to (https, or http on loopback)",
  "too-large": "the answer was larger than the plugin accepts",
  malformed: "the answer was not an embeddings list",
};

/** Says what happened and what to do, never the key or the request. `what`: e.g. "embeddings". */
export function upstreamError(
  failure: UpstreamFailure,
  what: string,
  model: string,
): UpstreamError {
  const prefix = `CloudSigma ${what} (${model})`;
  switch (failure.kind) {
    case "auth-rejected":
      return {
        message: `${prefix}: HTTP ${failure.status}: the key was rejected; check CLOUDSIGMA_API_KEY or re-run onboarding.`,
        status: failure.status,
      };
    case "rate-limited": {
      const wait = failure.retryAfterMs;
      const after = wait === undefined ? "" : ` (retry after ${Math.ceil(wait / 1000)} s)`;
      return {
        message: `${prefix}: HTTP 429: rate limited by TaaS${after}.`,
        status: 429,
        ...(wait === undefined ? {} : { retryAfterMs: wait }),
      };
    }
    case "http": {
      const code = failure.code ? ` ${failure.code}` : "";
      const hint = failure.status === 404 ? "; does TaaS serve this model for it?" : ".";
      return {
        message: `${prefix}: HTTP ${failure.status}${code}${hint}`,
        status: failure.status,
        ...(failure.code ? { code: failure.code } : {}),
      };
    }
    case "unavailable":
      return { message: `${prefix}: ${UNAVAILABLE[failure.reason]}.` };
  }
}

/** No key anywhere the plugin may look: says where to put one. */
export function missingKeyError(what: string): UpstreamError {
  return {
    message: `CloudSigma ${what} need the CloudSigma key: set CLOUDSIGMA_API_KEY or onboard with --cloudsigma-api-key.`,
    status: 401,
  };
}
