/**
 * The slice of OpenClaw's plugin API a provider plugin registers against, recording what
 * it gets: providers, model catalog providers, embedding, memory-embedding and
 * media-understanding providers, and log lines.
 */
export function recordingApi(id = "cloudsigma") {
  const providers = [];
  const modelCatalogProviders = [];
  const embeddingProviders = [];
  const memoryEmbeddingProviders = [];
  const mediaProviders = [];
  const logs = [];
  const line = (level) => (message) => {
    logs.push(`${level}: ${message}`);
  };
  const api = {
    id,
    logger: { debug: line("debug"), info: line("info"), warn: line("warn"), error: line("error") },
    registerProvider: (provider) => {
      providers.push(provider);
    },
    registerModelCatalogProvider: (provider) => {
      modelCatalogProviders.push(provider);
    },
    registerEmbeddingProvider: (adapter) => {
      embeddingProviders.push(adapter);
    },
    registerMemoryEmbeddingProvider: (adapter) => {
      memoryEmbeddingProviders.push(adapter);
    },
    registerMediaUnderstandingProvider: (provider) => {
      mediaProviders.push(provider);
    },
  };
  return {
    api,
    providers,
    modelCatalogProviders,
    embeddingProviders,
    memoryEmbeddingProviders,
    mediaProviders,
    logs,
  };
}

/** Registers `plugin` once and returns what it registered, one of each. */
export function registerOnce(plugin) {
  const recording = recordingApi();
  plugin.register(recording.api);
  const provider = recording.providers[0];
  const modelCatalog = recording.modelCatalogProviders[0];
  if (!provider?.catalog?.run || !modelCatalog?.liveCatalog) {
    throw new Error("the plugin did not register a provider with a catalog and a model catalog");
  }
  return {
    provider,
    modelCatalog,
    embedding: recording.embeddingProviders[0],
    memoryEmbedding: recording.memoryEmbeddingProviders[0],
    media: recording.mediaProviders[0],
    logs: recording.logs,
  };
}

/** The host's catalog context: an env-var key, so `apiKey` is the marker and the secret separate. */
export function catalogContext(config = {}) {
  return {
    config,
    env: {},
    resolveProviderApiKey: () => ({ apiKey: "CLOUDSIGMA_API_KEY", discoveryApiKey: "sk-bench" }),
  };
}

export function configWithBaseUrl(baseUrl) {
  return { models: { providers: { cloudsigma: { baseUrl, models: [] } } } };
}
