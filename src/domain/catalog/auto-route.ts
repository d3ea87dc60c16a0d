import { routeFamilyOf } from "../routes/route-families.js";
import type { ModelDefinition } from "../shared/model.js";
import { withCachedTokenPrices } from "./cache-pricing.js";

export const AUTO_MODEL_ID = "auto";

/**
 * What `cloudsigma/auto` advertises. TaaS picks the model after the request is sent, so the
 * row claims only what every plausible pick supports, the seed's chat routes standing for
 * them (a test keeps these equal to the seed's minima):
 * - text input only: several seed routes take no images;
 * - the smallest context window among them (qwen2.5-vl-72b, 32 768), so the host compacts
 *   before any pick would overflow; the routed model's own window is in the capture;
 * - the smallest max tokens (pixtral-large, 4 096). The request itself carries no max-tokens
 *   field on `auto` (see the route family), so this bounds only the host's own budgeting;
 * - no reasoning: a reasoning row makes the host send `reasoning_effort`, which OpenAI
 *   refuses on models that do not reason; TaaS reports what it applied
 *   (`x-taas-thinking-applied`).
 */
export const AUTO_CONTEXT_WINDOW = 32_768;
export const AUTO_MAX_TOKENS = 4_096;

export function isAutoRoute(modelId: unknown): boolean {
  return routeFamilyOf(modelId).id === "auto";
}

/**
 * The `auto` row. Its price is TaaS's when /models lists `auto` with one (`listed`), with
 * cached tokens at the input price; otherwise unknown, which the catalog shows as 0 like
 * any route it knows nothing about (a bound from other routes would be a guess).
 */
export function autoRouteModel(
  id: string,
  listed?: Pick<ModelDefinition, "name" | "cost">,
): ModelDefinition {
  return {
    id,
    name: listed?.name ?? "AutoRouter",
    reasoning: false,
    input: ["text"],
    cost: withCachedTokenPrices(listed?.cost ?? { input: 0, output: 0 }),
    contextWindow: AUTO_CONTEXT_WINDOW,
    maxTokens: AUTO_MAX_TOKENS,
  };
}
