import type { AuthResolver, HostCallContext } from "../ports/auth-resolver.port.js";
import { resolveBaseUrl } from "./base-url.js";
import type { CatalogDiscovery, CatalogSnapshot } from "./discovery.js";
import { resolveModel } from "./dynamic-model.js";
import { MODEL_API, type ModelDefinition } from "./model.js";

/** What the host's `catalog.run` gets: the provider config plus where the rows came from. */
export interface ProviderCatalog extends CatalogSnapshot {
  readonly baseUrl: string;
  readonly api: typeof MODEL_API;
  /** The host's auth marker (e.g. the env var's name), never the secret. */
  readonly apiKey?: string;
}

/**
 * The provider's use cases: build the catalog for a host call, and resolve a model id
 * against what is known for the configured base URL. The last live catalog per base URL
 * is remembered so dynamic resolution sees discovered rows without a request of its own.
 */
export class CatalogService {
  private readonly lastLive = new Map<string, readonly ModelDefinition[]>();

  constructor(
    private readonly seed: readonly ModelDefinition[],
    private readonly discovery: CatalogDiscovery,
    private readonly auth: AuthResolver,
  ) {}

  get seedCatalog(): readonly ModelDefinition[] {
    return this.seed;
  }

  /** `auth` overrides the default resolver for hooks whose context carries no auth. */
  async providerCatalog(
    context: HostCallContext,
    auth: AuthResolver = this.auth,
  ): Promise<ProviderCatalog> {
    const baseUrl = resolveBaseUrl(context.config);
    const credentials = auth.resolve(context);
    const snapshot = await this.discovery.discover(baseUrl, credentials);
    if (snapshot.source === "live") this.lastLive.set(baseUrl, snapshot.models);
    return {
      ...snapshot,
      baseUrl,
      api: MODEL_API,
      ...(credentials.configMarker ? { apiKey: credentials.configMarker } : {}),
    };
  }

  knownModels(config: unknown): readonly ModelDefinition[] {
    return this.lastLive.get(resolveBaseUrl(config)) ?? this.seed;
  }

  isKnown(modelId: string, config: unknown): boolean {
    return this.knownModels(config).some((row) => row.id === modelId);
  }

  resolveModel(modelId: unknown, config: unknown): ModelDefinition | null {
    return resolveModel(modelId, this.knownModels(config));
  }
}
