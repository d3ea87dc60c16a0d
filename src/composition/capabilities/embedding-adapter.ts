import type { DependencyContainer } from "tsyringe";
import type {
  EmbeddingProviderAdapter,
  MemoryEmbeddingAdapter,
} from "../../adapters/openclaw/host-types.js";
import { RouteLookup } from "../../application/route-lookup.js";
import { PROVIDER_ID } from "../../domain/shared/model.js";
import { loadCapabilityRuntime } from "./lazy-runtime.js";

/**
 * `cloudsigma` as a memory-search embedding provider on both hosts. Only this small object
 * is built while registering; the wire and the domain load when the host first creates it.
 */
export function buildEmbeddingAdapter(scope: DependencyContainer): EmbeddingProviderAdapter {
  const routes = scope.resolve(RouteLookup);
  const adapter = {
    id: PROVIDER_ID,
    transport: "remote" as const,
    authProviderId: PROVIDER_ID,
    create: async (options: Parameters<EmbeddingProviderAdapter["create"]>[0]) =>
      (await loadCapabilityRuntime()).createEmbeddingProvider(scope, options),
    // 2026.9 only: the model as the index records it, so `cloudsigma/bge-m3` is `bge-m3`.
    normalizeModel: (options: { model?: unknown }) => {
      const id = routes.routeOf(options.model);
      return typeof id === "string" ? id : "";
    },
    formatSetupError: (error: unknown) =>
      error instanceof Error ? error.message : "CloudSigma embeddings could not start.",
  };
  return adapter;
}

/**
 * The same provider in 2026.6's memory shape. 2026.6 looks up a memory provider in its memory
 * registry first and only there loads plugins by contract; its generic lookup finds the core
 * `openai-compatible` adapter for any OpenAI-style provider entry first, and that one sends no
 * key. 2026.9 has no such registry (and resolves the generic one correctly).
 */
export function buildMemoryEmbeddingAdapter(scope: DependencyContainer): MemoryEmbeddingAdapter {
  const generic = buildEmbeddingAdapter(scope);
  return {
    id: generic.id,
    transport: "remote",
    authProviderId: PROVIDER_ID,
    formatSetupError: generic.formatSetupError,
    create: async (options) => {
      const created = await generic.create(options as never);
      const provider = created.provider;
      if (!provider) return { provider: null };
      return {
        provider: {
          id: provider.id,
          model: provider.model,
          embedQuery: (text: string) => provider.embed(text),
          embedBatch: (texts: string[]) => provider.embedBatch(texts),
        },
        ...(created.runtime ? { runtime: created.runtime } : {}),
      };
    },
  };
}
