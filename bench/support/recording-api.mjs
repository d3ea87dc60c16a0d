/**
 * The slice of OpenClaw's plugin API a provider plugin registers against, recording what
 * it gets: providers, model catalog providers and log lines.
 */
export function recordingApi(id = "cloudsigma") {
  const providers = [];
  const modelCatalogProviders = [];
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
  };
  return { api, providers, modelCatalogProviders, logs };
}

/** Registers `plugin` once and returns its `cloudsigma` provider and catalog provider. */
export function registerOnce(plugin) {
  const recording = recordingApi();
  plugin.register(recording.api);
  const provider = recording.providers[0];
  const modelCatalog = recording.modelCatalogProviders[0];
  if (!provider?.catalog?.run || !modelCatalog?.liveCatalog) {
    throw new Error("the plugin did not register a provider with a catalog and a model catalog");
  }
  return { provider, modelCatalog, logs: recording.logs };
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
