import { isUsableModelId } from "../shared/values.js";
import { compareIds } from "./embedding-routes.js";

export type EmbeddingModelChoice =
  | { readonly kind: "configured"; readonly model: string }
  | { readonly kind: "discovered"; readonly model: string }
  | { readonly kind: "none"; readonly message: string };

/**
 * The operator's model wins. Otherwise the lowest id among the embedding routes discovery
 * reported, so a refresh that lists the same routes in another order never switches it.
 * With neither there is no guess: a made-up id would index nothing or the wrong space.
 */
export function chooseEmbeddingModel(
  configured: unknown,
  discovered: readonly string[],
): EmbeddingModelChoice {
  if (typeof configured === "string" && configured.trim() !== "") {
    const model = configured.trim();
    if (isUsableModelId(model)) return { kind: "configured", model };
    return { kind: "none", message: invalidModelMessage() };
  }
  const [lowest] = [...discovered].filter(isUsableModelId).sort(compareIds);
  if (lowest) return { kind: "discovered", model: lowest };
  return { kind: "none", message: noEmbeddingRouteMessage() };
}

export function noEmbeddingRouteMessage(): string {
  return (
    "No CloudSigma embedding route is known: TaaS /models lists none for this key and base URL, " +
    "and no model is configured. Set the memory search model to a TaaS embedding route " +
    '(memory.search.model: "bge-m3" on OpenClaw 2026.9+, agents.defaults.memorySearch.model ' +
    "before), or check that your CloudSigma key can list models."
  );
}

function invalidModelMessage(): string {
  return "The configured CloudSigma embedding model is not a usable model id.";
}
