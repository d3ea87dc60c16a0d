import type { DependencyContainer } from "tsyringe";
import type { ModelCatalogContext, ModelCatalogProvider } from "../adapters/openclaw/host-types.js";
import { OperatorKey } from "../application/operator-key.js";
import { CatalogService } from "../domain/catalog/catalog-service.js";
import { PROVIDER_ID } from "../domain/shared/model.js";
import { PLUGIN_LOG, type PluginLog } from "../ports/plugin-log.port.js";
import { toCatalogEntry } from "./host-mapping.js";
import { neverThrow } from "./never-throw.js";

/**
 * Rows for OpenClaw's list/picker surfaces: seed rows as `static`; with a key and a
 * successful (or last good) discovery, the merged list with upstream-only rows marked
 * `live` (or `cache` while upstream is failing).
 */
export function buildModelCatalogProvider(scope: DependencyContainer): ModelCatalogProvider {
  const service = scope.resolve(CatalogService);
  const key = scope.resolve(OperatorKey);
  const seedIds = new Set(service.seedCatalog.map((row) => row.id));
  return {
    provider: PROVIDER_ID,
    kinds: ["text"],
    staticCatalog: () => service.seedCatalog.map((row) => toCatalogEntry(row, "static")),
    liveCatalog: neverThrow(
      "liveCatalog",
      scope.resolve<PluginLog>(PLUGIN_LOG),
      async (ctx: ModelCatalogContext) => {
        const credentials = await key.credentials({ config: ctx.config, context: ctx });
        const catalog = await service.providerCatalog(ctx.config, credentials);
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
