// A plugin API that records what the plugin registers, and the one way tests register a plugin
// entry against it. Type-only imports, so benchmarks run it with Node's type stripping.
import type { OpenClawPluginApi } from "openclaw/plugin-sdk/plugin-entry";
import type {
  EmbeddingProviderAdapter,
  MediaUnderstandingProvider,
  MemoryEmbeddingAdapter,
  ModelCatalogProvider,
  ProviderPlugin,
} from "../../src/adapters/openclaw/host-types.js";

export interface Recording {
  readonly api: OpenClawPluginApi;
  readonly providers: ProviderPlugin[];
  readonly modelCatalogProviders: ModelCatalogProvider[];
  readonly embeddingProviders: EmbeddingProviderAdapter[];
  readonly mediaProviders: MediaUnderstandingProvider[];
  readonly memoryEmbeddingProviders: MemoryEmbeddingAdapter[];
  /** Every API member the plugin touched, registration or not. */
  readonly touched: string[];
  /** Every line written to the plugin logger, as `level: message`. */
  readonly logs: string[];
}

/** A plugin API that records what the plugin registers and which members it touches. */
export function recordingApi(id = "cloudsigma"): Recording {
  const providers: ProviderPlugin[] = [];
  const modelCatalogProviders: ModelCatalogProvider[] = [];
  const embeddingProviders: EmbeddingProviderAdapter[] = [];
  const mediaProviders: MediaUnderstandingProvider[] = [];
  const memoryEmbeddingProviders: MemoryEmbeddingAdapter[] = [];
  const touched: string[] = [];
  const logs: string[] = [];
  const line = (level: string) => (message: string) => {
    logs.push(`${level}: ${message}`);
  };
  const members: Record<string, unknown> = {
    id,
    logger: { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") },
    registerProvider: (provider: ProviderPlugin) => providers.push(provider),
    registerModelCatalogProvider: (provider: ModelCatalogProvider) =>
      modelCatalogProviders.push(provider),
    registerEmbeddingProvider: (adapter: EmbeddingProviderAdapter) =>
      embeddingProviders.push(adapter),
    registerMemoryEmbeddingProvider: (adapter: MemoryEmbeddingAdapter) =>
      memoryEmbeddingProviders.push(adapter),
    registerMediaUnderstandingProvider: (provider: MediaUnderstandingProvider) =>
      mediaProviders.push(provider),
  };
  const api = new Proxy(members, {
    get(target, key) {
      if (typeof key === "string") touched.push(key);
      return target[key as string];
    },
  }) as unknown as OpenClawPluginApi;
  return {
    api,
    providers,
    modelCatalogProviders,
    embeddingProviders,
    mediaProviders,
    memoryEmbeddingProviders,
    touched,
    logs,
  };
}

export interface Registered extends Recording {
  /** The provider it registered (there is always one). */
  readonly provider: ProviderPlugin;
  readonly modelCatalog: ModelCatalogProvider | undefined;
  readonly embedding: EmbeddingProviderAdapter | undefined;
  readonly memoryEmbedding: MemoryEmbeddingAdapter | undefined;
  readonly media: MediaUnderstandingProvider | undefined;
}

/**
 * Registers a plugin entry against a fresh recording API (seen through `viewApi`, e.g. a host
 * without some surface) and returns what it registered, the first of each.
 */
export function registerPlugin(
  entry: { register(api: OpenClawPluginApi): void },
  viewApi: (api: OpenClawPluginApi) => OpenClawPluginApi = (api) => api,
): Registered {
  const recording = recordingApi();
  entry.register(viewApi(recording.api));
  const [provider] = recording.providers;
  if (!provider) throw new Error("the plugin registered no provider");
  return {
    ...recording,
    provider,
    modelCatalog: recording.modelCatalogProviders[0],
    embedding: recording.embeddingProviders[0],
    memoryEmbedding: recording.memoryEmbeddingProviders[0],
    media: recording.mediaProviders[0],
  };
}
