import type { DependencyContainer } from "tsyringe";
import type { ModelCatalogContext, ModelCatalogProvider } from "../adapters/openclaw/host-types.js";
import type { CatalogService } from "../domain/catalog/catalog-service.js";
import { PROVIDER_ID } from "../domain/shared/model.js";
import { AUTH_RESOLVER, type AuthResolver } from "../ports/auth-resolver.port.js";
import { CREDENTIAL_SOURCE, type CredentialSource } from "../ports/credential-source.port.js";
import { DISCOVERY_LOG, type DiscoveryLog } from "../ports/discovery-log.port.js";
import { toCatalogEntry } from "./host-mapping.js";
import { neverThrow } from "./never-throw.js";
import { withStoredKey } from "./stored-key-auth.js";
import { CATALOG_SERVICE } from "./tokens.js";

/**
 * Rows for OpenClaw's list/picker surfaces: seed rows as `static`; with a key and a
 * successful (or last good) discovery, the merged list with upstream-only rows marked
 * `live` (or `cache` while upstream is failing).
 */
export function buildModelCatalogProvider(scope: DependencyContainer): ModelCatalogProvider {
  const service = scope.resolve<CatalogService>(CATALOG_SERVICE);
  const seedIds = new Set(service.seedCatalog.map((row) => row.id));
  const hostAuth = scope.resolve<AuthResolver>(AUTH_RESOLVER);
  const credentials = scope.resolve<CredentialSource>(CREDENTIAL_SOURCE);
  return {
    provider: PROVIDER_ID,
    kinds: ["text"],
    staticCatalog: () => service.seedCatalog.map((row) => toCatalogEntry(row, "static")),
    liveCatalog: neverThrow(
      "liveCatalog",
      scope.resolve<DiscoveryLog>(DISCOVERY_LOG),
      async (ctx: ModelCatalogContext) => {
        const auth = await withStoredKey(hostAuth, credentials, ctx);
        const catalog = await service.providerCatalog(ctx, auth);
        if (catalog.source === "static") return null;
        // Upstream-only rows are "live", or "cache" while upstream is failing.
        const upstream = catalog.source;
        return catalog.models.map((row) =>
          toCatalogEntry(row, seedIds.has(row.id) ? "static" : upstream),
        );
      },
      () => null,
    ),
  };
}
