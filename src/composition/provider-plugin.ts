import type { DependencyContainer } from "tsyringe";
import { apiKeyAuthMethod } from "../adapters/openclaw/auth/api-key-auth-method.js";
import type {
  CatalogContext,
  DynamicModelContext,
  ProviderCatalogResult,
  ProviderPlugin,
} from "../adapters/openclaw/host-types.js";
import { OperatorKey } from "../application/operator-key.js";
import { RouteLookup } from "../application/route-lookup.js";
import { WarmUnknownRoute } from "../application/warm-unknown-route.js";
import { CatalogService } from "../domain/catalog/catalog-service.js";
import { applyOnboardingPatch } from "../domain/onboarding/onboarding-patch.js";
import { RateLimitGate } from "../domain/rate-limits/rate-limit-gate.js";
import { resolveBaseUrl } from "../domain/shared/base-url.js";
import { missingAuthMessage } from "../domain/shared/missing-auth-message.js";
import {
  API_KEY_ENV_VAR,
  PROVIDER_ALIAS,
  PROVIDER_ID,
  PROVIDER_LABEL,
} from "../domain/shared/model.js";
import { CLOCK, type Clock } from "../ports/clock.port.js";
import { PLUGIN_LOG, type PluginLog } from "../ports/plugin-log.port.js";
import { toCatalogResult, toRuntimeModel } from "./host-mapping.js";
import { neverThrow } from "./never-throw.js";
import { buildRouteHooks } from "./route-hooks.js";

type OnboardingConfig = Parameters<Parameters<typeof apiKeyAuthMethod>[0]>[0];

/** The `cloudsigma` text provider, wired to one registration's container. */
export function buildProviderPlugin(scope: DependencyContainer): ProviderPlugin {
  const service = scope.resolve(CatalogService);
  const key = scope.resolve(OperatorKey);
  const warm = scope.resolve(WarmUnknownRoute);
  const log = scope.resolve<PluginLog>(PLUGIN_LOG);
  const rateLimits = { gate: scope.resolve(RateLimitGate), clock: scope.resolve<Clock>(CLOCK) };
  const seed = service.seedCatalog;

  return {
    id: PROVIDER_ID,
    label: PROVIDER_LABEL,
    aliases: [PROVIDER_ALIAS],
    envVars: [API_KEY_ENV_VAR],
    auth: [apiKeyAuthMethod((config) => applyOnboardingPatch(config, seed) as OnboardingConfig)],
    catalog: {
      order: "simple",
      run: neverThrow(
        "catalog.run",
        log,
        async (ctx: CatalogContext) => {
          const credentials = await key.credentials({ config: ctx.config, context: ctx });
          return toCatalogResult(await service.providerCatalog(ctx.config, credentials));
        },
        (ctx) => staticFallback(service, ctx),
      ),
    },
    staticCatalog: {
      order: "simple",
      run: async () => toCatalogResult(service.staticCatalog({})),
    },
    resolveDynamicModel: neverThrow(
      "resolveDynamicModel",
      log,
      (ctx: DynamicModelContext) => {
        const row = service.resolveModel(ctx.modelId, ctx.config);
        if (!row) return undefined;
        const baseUrl = ctx.providerConfig?.baseUrl ?? resolveBaseUrl(ctx.config);
        return toRuntimeModel(row, ctx.provider || PROVIDER_ID, baseUrl);
      },
      () => undefined,
    ),
    // Warms live rows for an id the catalog does not know, so it resolves with the
    // capabilities upstream declares; the host calls resolveDynamicModel again after.
    prepareDynamicModel: neverThrow(
      "prepareDynamicModel",
      log,
      async (ctx: DynamicModelContext) => warm.warm(ctx.modelId, ctx.config),
      () => undefined,
    ),
    buildMissingAuthMessage: () => missingAuthMessage(),
    ...buildRouteHooks(scope.resolve(RouteLookup), log, rateLimits),
  };
}

/** The seed for the configured base URL; if even the config cannot be read, no catalog. */
function staticFallback(service: CatalogService, ctx: CatalogContext): ProviderCatalogResult {
  try {
    return toCatalogResult(service.staticCatalog(ctx?.config));
  } catch {
    return null;
  }
}
