import type { CatalogService } from "../domain/catalog/catalog-service.js";
import { type RouteFamily, routeFamilyOf } from "../domain/routes/route-families.js";
import { PROVIDER_ALIAS, PROVIDER_ID } from "../domain/shared/model.js";
import { routeIdOf } from "../domain/shared/model-ref.js";

const OUR_PROVIDER_IDS: readonly string[] = [PROVIDER_ID, PROVIDER_ALIAS];

/**
 * The route and family for an id: a route is placed by its id, or by the `owned_by` of
 * the row the catalog knows for it.
 */
export class RouteLookup {
  constructor(private readonly catalog: CatalogService) {}

  /** `cloudsigma/bge-m3` and `bge-m3` name the same route; another provider's ref is kept. */
  routeOf(ref: unknown): unknown {
    return routeIdOf(ref, OUR_PROVIDER_IDS);
  }

  /** Whether a host provider id (either spelling, any case) is this plugin's. */
  isOurs(provider: unknown): boolean {
    return OUR_PROVIDER_IDS.includes(String(provider ?? "").toLowerCase());
  }

  familyOf(modelId: unknown, config?: unknown): RouteFamily {
    return routeFamilyOf(modelId, this.catalog.findRow(modelId, config)?.ownedBy);
  }

  /** What the host declared, else what the catalog knows about the route. */
  reasons(modelId: unknown, declared: unknown): boolean {
    return typeof declared === "boolean"
      ? declared
      : this.catalog.findRow(modelId)?.reasoning === true;
  }
}
