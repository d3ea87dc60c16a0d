import type { ModelListingFailure } from "../../ports/model-source.port.js";

/** A base URL as it may appear in a log line: no credentials, query or fragment. */
export function describeBaseUrl(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
  } catch {
    return "an unparseable base URL";
  }
}

export function describeFailure(failure: ModelListingFailure): string {
  if (failure.kind === "auth-rejected") return `the API key was rejected (HTTP ${failure.status})`;
  switch (failure.reason) {
    case "http":
      return `HTTP ${failure.status ?? "error"}`;
    case "timeout":
      return "it timed out";
    case "malformed":
      return "the response was not a model list";
    case "refused":
      return "the request was refused by the network guard (another host, or a blocked address)";
    case "too-large":
      return "the response was too large";
    default:
      return "a network error";
  }
}

export function discoveryFailedMessage(
  baseUrl: string,
  failure: ModelListingFailure,
  serving: "last-good" | "static",
  retryInMs: number,
): string {
  const fallback = serving === "last-good" ? "the last good model list" : "the built-in model list";
  return (
    `CloudSigma TaaS model discovery at ${describeBaseUrl(baseUrl)} failed: ` +
    `${describeFailure(failure)}. Serving ${fallback}; next attempt in ${Math.ceil(retryInMs / 1000)} s.`
  );
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
