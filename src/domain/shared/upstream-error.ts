import type { UnavailableReason, UpstreamFailure } from "../../ports/upstream-failure.port.js";
import { API_KEY_ENV_VAR, API_KEY_FLAG, PLUGIN_CONFIG_KEY_PATH } from "./model.js";

/**
 * What the operator reads when a TaaS call fails: one table for every operation, so a
 * failure class reads the same everywhere and each operation names what it expected.
 * Nothing here is given the key, so no message can carry it.
 */
export type UpstreamOperation = "model-listing" | "embeddings" | "image-description";

const OPERATIONS: Record<
  UpstreamOperation,
  { readonly title: string; readonly expected: string; readonly notFound: string }
> = {
  "model-listing": {
    title: "model discovery",
    expected: "a model list",
    notFound: "is the base URL TaaS's /v1 endpoint?",
  },
  embeddings: {
    title: "embeddings",
    expected: "an embeddings list",
    notFound: "does TaaS serve this model for it?",
  },
  "image-description": {
    title: "image description",
    expected: "a chat completion",
    notFound: "does TaaS serve this model for it?",
  },
};

const UNAVAILABLE: Record<Exclude<UnavailableReason, "malformed">, string> = {
  network: "could not reach TaaS",
  timeout: "the request to TaaS timed out",
  refused:
    "the network guard refused the request: the base URL must be https (plain http only for loopback), and TaaS may not redirect it elsewhere",
  "too-large": "the answer was larger than the plugin accepts",
};

/** A failure as the host reads it: a message with `HTTP <status>`, and the fields alone. */
export interface UpstreamError {
  readonly message: string;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly code?: string;
}

/** What went wrong and what to do, as one clause (no leading capital, no final stop). */
export function describeFailure(failure: UpstreamFailure, operation: UpstreamOperation): string {
  switch (failure.kind) {
    case "auth-rejected":
      return `HTTP ${failure.status}: TaaS rejected the key; check ${PLUGIN_CONFIG_KEY_PATH} if set, else ${API_KEY_ENV_VAR}, or onboard again with ${API_KEY_FLAG}`;
    case "payment-required":
      return (
        `HTTP 402${codeText(failure.code)}: the CloudSigma balance is spent or the key reached its budget; ` +
        "top up the CloudSigma balance or raise the key's budget"
      );
    case "rate-limited": {
      const wait = failure.retryAfterMs;
      return `HTTP 429: TaaS rate-limited the key${wait === undefined ? "" : ` (retry after ${Math.ceil(wait / 1000)} s)`}`;
    }
    case "http": {
      const hint = failure.status === 404 ? `; ${OPERATIONS[operation].notFound}` : "";
      return `HTTP ${failure.status}${codeText(failure.code)}${hint}`;
    }
    case "unavailable":
      return failure.reason === "malformed"
        ? `the answer was not ${OPERATIONS[operation].expected}`
        : UNAVAILABLE[failure.reason];
  }
}

function codeText(code: string | undefined): string {
  return code ? ` ${code}` : "";
}

/** Ends a clause as a sentence; a hint that asks a question keeps its question mark. */
function sentence(clause: string): string {
  return clause.endsWith("?") ? clause : `${clause}.`;
}

/** A failed call for the host: the operation, the model, what happened, and the fields alone. */
export function upstreamError(
  failure: UpstreamFailure,
  operation: UpstreamOperation,
  model: string,
): UpstreamError {
  const message = sentence(
    `CloudSigma ${OPERATIONS[operation].title} (${model}): ${describeFailure(failure, operation)}`,
  );
  switch (failure.kind) {
    case "unavailable":
      return { message };
    case "rate-limited": {
      const wait = failure.retryAfterMs;
      return { message, status: 429, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
    }
    case "auth-rejected":
      return { message, status: failure.status };
    default:
      return { message, status: failure.status, ...(failure.code ? { code: failure.code } : {}) };
  }
}

/** No key anywhere the plugin may look: says where to put one. */
export function missingKeyError(operation: UpstreamOperation): UpstreamError {
  return {
    message: `CloudSigma ${OPERATIONS[operation].title} needs the CloudSigma key: set ${API_KEY_ENV_VAR}, ${PLUGIN_CONFIG_KEY_PATH}, or onboard with ${API_KEY_FLAG}.`,
    status: 401,
  };
}

/** A base URL as it may appear in a log line: no credentials, query or fragment. */
export function describeBaseUrl(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return "an unparseable base URL";
  }
}

/** Discovery failed: why, what is served meanwhile, and when it tries again. */
export function discoveryFailedMessage(
  baseUrl: string,
  failure: UpstreamFailure,
  serving: "last-good" | "static",
  retryInMs: number,
): string {
  const fallback = serving === "last-good" ? "the last good model list" : "the built-in model list";
  const failed = sentence(
    `CloudSigma TaaS model discovery at ${describeBaseUrl(baseUrl)} failed: ` +
      describeFailure(failure, "model-listing"),
  );
  return `${failed} Serving ${fallback}; next attempt in ${Math.ceil(retryInMs / 1000)} s.`;
}

export function discoveryRecoveredMessage(baseUrl: string): string {
  return `CloudSigma TaaS model discovery at ${describeBaseUrl(baseUrl)} recovered.`;
}

export function baseUrlRefusedMessage(baseUrl: string): string {
  return (
    `CloudSigma TaaS model discovery skipped for ${describeBaseUrl(baseUrl)}: ` +
    "the base URL must be https (plain http only for loopback) without embedded credentials. " +
    "Serving the built-in model list."
  );
}
