import type { ProviderCredentials } from "../../ports/credential-source.port.js";
import { resolveBaseUrl } from "../shared/base-url.js";
import { MODEL_API, type ModelDefinition } from "../shared/model.js";
import { type CatalogOutcome, type CatalogSnapshot, outcomeOf } from "./catalog-snapshot.js";
import type { CatalogDiscovery } from "./discovery.js";
import { resolveModel } from "./dynamic-model.js";

/** What the host's `catalog.run` gets: the provider config plus where the rows came from. */
export interface ProviderCatalog extends CatalogSnapshot {
  readonly baseUrl: string;
  readonly api: typeof MODEL_API;
  /** The host's auth marker (e.g. the env var's name), never the secret. */
  readonly apiKey?: string;
  /** Only when discovery was attempted (there was a key). */
  readonly outcome?: CatalogOutcome;
}

/**
 * The catalog for the configured base URL: built for a host call with the credentials the
 * key path found, and asked what it knows about a model id.
 */
export class CatalogService {
  constructor(
    private readonly seed: readonly ModelDefinition[],
    private readonly discovery: CatalogDiscovery,
  ) {}

  get seedCatalog(): readonly ModelDefinition[] {
    return this.seed;
  }

  /** The seed alone, for the configured base URL: what is served when nothing else can be. */
  staticCatalog(config: unknown): ProviderCatalog {
    return { ...this.discovery.staticSnapshot(), baseUrl: resolveBaseUrl(config), api: MODEL_API };
  }

  /** Discovers with `credentials.secret`; the config marker is what the host gets back. */
  async providerCatalog(
    config: unknown,
    credentials: ProviderCredentials,
  ): Promise<ProviderCatalog> {
    const baseUrl = resolveBaseUrl(config);
    const snapshot = await this.discovery.discover(baseUrl, credentials);
    return {
      ...snapshot,
      baseUrl,
      api: MODEL_API,
      ...(credentials.configMarker ? { apiKey: credentials.configMarker } : {}),
      ...(credentials.secret ? { outcome: outcomeOf(snapshot) } : {}),
    };
  }

  /** Embedding routes discovery reports for the configured base URL and this key. */
  async embeddingRoutes(config: unknown, secret: string): Promise<readonly string[]> {
    const catalog = await this.providerCatalog(config, { secret });
    return catalog.embeddingModels ?? [];
  }

  knownModels(config: unknown): readonly ModelDefinition[] {
    return this.discovery.known(resolveBaseUrl(config)) ?? this.seed;
  }

  isSeedModel(modelId: unknown): boolean {
    if (typeof modelId !== "string") return false;
    const id = modelId.trim();
    return this.seed.some((row) => row.id === id);
  }

  isKnown(modelId: unknown, config: unknown): boolean {
    if (typeof modelId !== "string") return false;
    const id = modelId.trim();
    return this.knownModels(config).some((row) => row.id === id);
  }

  /**
   * The row the catalog knows for an id: the seed's, else the configured base URL's live
   * row, else a live row from any base URL (for hooks that get no config). No guessing.
   */
  findRow(modelId: unknown, config?: unknown): ModelDefinition | undefined {
    if (typeof modelId !== "string") return undefined;
    const id = modelId.trim();
    return this.knownModels(config).find((row) => row.id === id) ?? this.discovery.findKnown(id);
  }

  resolveModel(modelId: unknown, config: unknown): ModelDefinition | null {
    return resolveModel(modelId, this.knownModels(config));
  }
}
