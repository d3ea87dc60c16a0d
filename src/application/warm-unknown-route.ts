import type { CatalogService } from "../domain/catalog/catalog-service.js";
import type { OperatorKey } from "./operator-key.js";

/**
 * Warm the catalog before judging a route: an id the catalog does not know waits for a
 * listing, so it is judged on what TaaS declares for it; a known id is answered from what
 * is known now while the listing refreshes in the background. The seed never needs TaaS.
 * Listings are cached per base URL and key for the TTL, so a warm catalog costs no request.
 */
export class WarmUnknownRoute {
  constructor(
    private readonly catalog: CatalogService,
    private readonly key: OperatorKey,
  ) {}

  /** `secret`: the key when the caller already has it; otherwise the key path is asked. */
  async warm(modelId: unknown, config: unknown, secret?: string): Promise<void> {
    if (typeof modelId !== "string" || modelId.trim() === "") return;
    if (this.catalog.isSeedModel(modelId)) return;
    const credentials = secret ? { secret } : await this.key.credentials({ config });
    if (!credentials.secret) return;
    const listing = this.catalog.providerCatalog(config, { secret: credentials.secret });
    if (this.catalog.isKnown(modelId, config)) void listing.catch(() => undefined);
    else await listing;
  }
}
