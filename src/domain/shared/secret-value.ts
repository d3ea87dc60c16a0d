import { API_KEY_ENV_VAR } from "./model.js";

/** OpenClaw's stand-in for a secret reference it will resolve itself; never sent as a key. */
export const MANAGED_SECRET_REF_MARKER = "secretref-managed";

/**
 * Values OpenClaw hands out in place of a key: an env var's name, its markers for local
 * endpoints that need no key, and a managed secret reference. Sent as a bearer token they
 * would only leak host internals, so they never count as the operator's key.
 */
const HOST_MARKERS = new Set([
  API_KEY_ENV_VAR,
  "custom-local",
  "ollama-local",
  MANAGED_SECRET_REF_MARKER,
]);

/** The trimmed key, or undefined when the value is blank, not a string or a host marker. */
export function usableSecret(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const key = value.trim();
  if (key.length === 0 || HOST_MARKERS.has(key) || /^oauth[:-]/i.test(key)) return undefined;
  return key;
}
