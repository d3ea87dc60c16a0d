import type { DependencyContainer } from "tsyringe";
import { apiKeyAuthMethod } from "../adapters/openclaw/auth/api-key-auth-method.js";
import type {
  CatalogContext,
  DynamicModelContext,
  ProviderCatalogResult,
  ProviderPlugin,
} from "../adapters/openclaw/host-types.js";
import type { CatalogService } from "../domain/catalog/catalog-service.js";
import { applyOnboardingPatch } from "../domain/onboarding/onboarding-patch.js";
import type { RateLimitGate } from "../domain/rate-limits/rate-limit-gate.js";
import { resolveBaseUrl } from "../domain/shared/base-url.js";
import { missingAuthMessage } from "../domain/shared/missing-auth-message.js";
import {
  API_KEY_ENV_VAR,
  PROVIDER_ALIAS,
  PROVIDER_ID,
  PROVIDER_LABEL,
} from "../domain/shared/model.js";
import { AUTH_RESOLVER, type AuthResolver } from "../ports/auth-resolver.port.js";
import { CLOCK, type Clock } from "../ports/clock.port.js";
import { CREDENTIAL_SOURCE, type CredentialSource } from "../ports/credential-source.port.js";
import { DISCOVERY_LOG, type DiscoveryLog } from "../ports/discovery-log.port.js";
import { toCatalogResult, toRuntimeModel } from "./host-mapping.js";
import { neverThrow } from "./never-throw.js";
import { buildRouteHooks } from "./route-hooks.js";
import { withStoredKey } from "./stored-key-auth.js";
import { CATALOG_SERVICE } from "./tokens.js";

type OnboardingConfig = Parameters<Parameters<typeof apiKeyAuthMethod>[0]>[0];

/** The `cloudsigma` text provider, wired to one registration's container. */
export function buildProviderPlugin(
  scope: DependencyContainer,
  rateLimits: RateLimitGate,
): ProviderPlugin {
  const service = scope.resolve<CatalogService>(CATALOG_SERVICE);
  const credentials = scope.resolve<CredentialSource>(CREDENTIAL_SOURCE);
  const log = scope.resolve<DiscoveryLog>(DISCOVERY_LOG);
  const hostAuth = scope.resolve<AuthResolver>(AUTH_RESOLVER);
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
          const auth = await withStoredKey(hostAuth, credentials, ctx);
          return toCatalogResult(await service.providerCatalog(ctx, auth));
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
    // Warms live rows for an id the seed does not know, so it resolves with the
    // capabilities upstream declares; the host calls resolveDynamicModel again after. Its
    // context has no credentials: the key comes from the host's store or the environment.
    prepareDynamicModel: neverThrow(
      "prepareDynamicModel",
      log,
      async (ctx: DynamicModelContext) => {
        // The seed never needs TaaS; a turn on it costs no request.
        if (service.isSeedModel(ctx.modelId)) return;
        const secret = await credentials.secret(ctx.config);
        const known: AuthResolver = { resolve: () => (secret ? { secret } : {}) };
        // Cached per base URL and key for the TTL; after it (or with a new key) this asks again.
        const listing = service.providerCatalog({ config: ctx.config }, known);
        // A live id listed before resolves from that list now; the refresh serves later turns.
        if (service.isKnown(ctx.modelId, ctx.config)) void listing.catch(() => undefined);
        else await listing;
      },
      () => undefined,
    ),
    buildMissingAuthMessage: () => missingAuthMessage(),
    ...buildRouteHooks(service, log, { gate: rateLimits, clock: scope.resolve<Clock>(CLOCK) }),
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
