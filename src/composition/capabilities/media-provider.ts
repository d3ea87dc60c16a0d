import type { DependencyContainer } from "tsyringe";
import type { MediaUnderstandingProvider } from "../../adapters/openclaw/host-types.js";
import { DEFAULT_VISION_MODEL_ID, PROVIDER_ID } from "../../domain/shared/model.js";
import { loadCapabilityRuntime } from "./lazy-runtime.js";

/**
 * After the bundled vendors' image providers (20-50): an operator with another provider's
 * key keeps the host's order, and a CloudSigma-only operator still gets images described.
 */
export const IMAGE_AUTO_PRIORITY = 60;

/** Image understanding through CloudSigma vision routes, for core's media pipeline. */
export function buildMediaProvider(scope: DependencyContainer): MediaUnderstandingProvider {
  return {
    id: PROVIDER_ID,
    capabilities: ["image"],
    defaultModels: { image: DEFAULT_VISION_MODEL_ID },
    autoPriority: { image: IMAGE_AUTO_PRIORITY },
    describeImage: async (request) => (await loadCapabilityRuntime()).describeImage(scope, request),
  };
}
