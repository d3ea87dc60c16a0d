import type { DependencyContainer } from "tsyringe";
import type { EmbeddingProviderAdapter } from "../../adapters/openclaw/host-types.js";
import { PROVIDER_ALIAS, PROVIDER_ID } from "../../domain/shared/model.js";
import { routeIdOf } from "../../domain/shared/model-ref.js";
import { loadCapabilityRuntime } from "./lazy-runtime.js";

/**
 * `cloudsigma` as a memory-search embedding provider on both hosts. Only this small object
 * is built while registering; the wire and the domain load when the host first creates it.
 */
export function buildEmbeddingAdapter(scope: DependencyContainer): EmbeddingProviderAdapter {
  const adapter = {
    id: PROVIDER_ID,
    transport: "remote" as const,
    authProviderId: PROVIDER_ID,
    create: async (options: Parameters<EmbeddingProviderAdapter["create"]>[0]) =>
      (await loadCapabilityRuntime()).createEmbeddingProvider(scope, options),
    // 2026.9 only: the model as the index records it, so `cloudsigma/bge-m3` is `bge-m3`.
    normalizeModel: (options: { model?: unknown }) => {
      const id = routeIdOf(options.model, [PROVIDER_ID, PROVIDER_ALIAS]);
      return typeof id === "string" ? id : "";
    },
    formatSetupError: (error: unknown) =>
      error instanceof Error ? error.message : "CloudSigma embeddings could not start.",
  };
  return adapter;
}
