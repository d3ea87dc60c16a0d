import type { ProviderCredentials } from "../ports/auth-resolver.port.js";
import type {
  LiveModelCandidate,
  ModelListingFailure,
  ModelSource,
} from "../ports/model-source.port.js";
import { discoveryTarget } from "./base-url.js";
import { projectLiveModel } from "./capability-policy.js";
import { MAX_CATALOG_ROWS, mergeCatalog } from "./catalog-merge.js";
import type { CatalogSource, ModelDefinition } from "./model.js";

export interface CatalogSnapshot {
  readonly models: readonly ModelDefinition[];
  /** `live` when the upstream listing was used, `static` when the seed alone is served. */
  readonly source: CatalogSource;
  /** Set when discovery was attempted and failed (the seed is served instead). */
  readonly failure?: ModelListingFailure;
}

export type DiscoveryFailure = ModelListingFailure;

/**
 * Decides when to ask upstream and what to serve: no key means no request at all;
 * a refused base URL, any listing failure, or no usable chat rows mean the seed.
 */
export class CatalogDiscovery {
  constructor(
    private readonly seed: readonly ModelDefinition[],
    private readonly source: ModelSource,
  ) {}

  staticSnapshot(failure?: ModelListingFailure): CatalogSnapshot {
    return failure
      ? { models: this.seed, source: "static", failure }
      : { models: this.seed, source: "static" };
  }

  async discover(baseUrl: string, credentials: ProviderCredentials): Promise<CatalogSnapshot> {
    const secret = credentials.secret;
    if (!secret) return this.staticSnapshot();
    if (!discoveryTarget(baseUrl))
      return this.staticSnapshot({ kind: "unavailable", reason: "refused" });
    const listing = await this.source.listModels({ baseUrl, secret });
    if (!listing.ok) return this.staticSnapshot(listing.failure);
    const live = liveModels(listing.rows);
    if (live.length === 0) return this.staticSnapshot();
    return { models: mergeCatalog(this.seed, live), source: "live" };
  }
}

/** Projects upstream rows, skipping bad ones individually; bounded so a runaway list stays small. */
export function liveModels(rows: readonly LiveModelCandidate[]): ModelDefinition[] {
  const models: ModelDefinition[] = [];
  for (const row of rows.slice(0, MAX_CATALOG_ROWS)) {
    const model = projectLiveModel(row);
    if (model) models.push(model);
  }
  return models;
}
