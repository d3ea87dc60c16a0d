import { readPath } from "../shared/values.js";

/**
 * Whether the operator configured model fallbacks (`agents.defaults.model.fallbacks`): then a
 * TaaS 429 fails over at once instead of waiting out Retry-After on the same key.
 */
export function hasConfiguredFallbacks(config: unknown): boolean {
  const fallbacks = readPath(config, ["agents", "defaults", "model", "fallbacks"]);
  return (
    Array.isArray(fallbacks) &&
    fallbacks.some((ref) => typeof ref === "string" && ref.trim() !== "")
  );
}
