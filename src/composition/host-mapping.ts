import type {
  ModelCatalogEntry,
  ProviderCatalogResult,
  ProviderConfig,
  RuntimeModel,
} from "../adapters/openclaw/host-types.js";
import type { ProviderCatalog } from "../domain/catalog/catalog-service.js";
import { requestCompatFor } from "../domain/routes/request-compat.js";
import { routeFamilyOf } from "../domain/routes/route-families.js";
import {
  API_KEY_ENV_VAR,
  DEFAULT_MODEL_ID,
  MODEL_API,
  type ModelDefinition,
  PROVIDER_ID,
} from "../domain/shared/model.js";

type HostModel = ProviderConfig["models"][number];

/**
 * Domain rows are read-only; the host gets fresh mutable copies it may change freely,
 * with the request compat of the row's route family (computed, never stored).
 */
export function toHostModel(row: ModelDefinition): HostModel {
  const family = routeFamilyOf(row.id, row.ownedBy);
  return {
    id: row.id,
    name: row.name,
    reasoning: row.reasoning,
    input: [...row.input],
    cost: { ...row.cost },
    contextWindow: row.contextWindow,
    maxTokens: row.maxTokens,
    compat: { ...requestCompatFor(family, row.reasoning) } as HostModel["compat"],
  };
}

export function toProviderConfig(catalog: ProviderCatalog): ProviderConfig {
  return {
    baseUrl: catalog.baseUrl,
    api: MODEL_API,
    ...(catalog.apiKey ? { apiKey: catalog.apiKey } : {}),
    models: catalog.models.map(toHostModel),
  };
}

/**
 * The `catalog.run` result. Hosts from 2026.9 read `outcomes` (so a rejected key or an
 * unreachable TaaS is reported honestly while the catalog stays usable); older hosts
 * copy only `provider` and ignore the rest.
 */
export function toCatalogResult(catalog: ProviderCatalog): ProviderCatalogResult {
  const provider = toProviderConfig(catalog);
  if (!catalog.outcome) return { provider };
  const outcomes = [
    {
      provider: PROVIDER_ID,
      status: catalog.outcome,
      ...(catalog.outcome === "auth-rejected" ? { rejectionScope: "catalog" } : {}),
    },
  ];
  return { provider, outcomes } as ProviderCatalogResult;
}

export function toRuntimeModel(
  row: ModelDefinition,
  provider: string,
  baseUrl: string,
): RuntimeModel {
  return { ...toHostModel(row), provider, api: MODEL_API, baseUrl } as RuntimeModel;
}

export function toCatalogEntry(
  row: ModelDefinition,
  source: "static" | "live" | "cache",
): ModelCatalogEntry {
  return {
    kind: "text",
    provider: PROVIDER_ID,
    model: row.id,
    label: row.name,
    source,
    ...(row.id === DEFAULT_MODEL_ID ? { default: true } : {}),
    authEnvVars: [API_KEY_ENV_VAR],
    capabilities: {
      input: [...row.input],
      reasoning: row.reasoning,
      contextWindow: row.contextWindow,
      maxTokens: row.maxTokens,
    },
  };
}
