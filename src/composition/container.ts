import { container, type DependencyContainer, instanceCachingFactory, Lifecycle } from "tsyringe";
import { EnvAuthResolver } from "../adapters/openclaw/env-auth-resolver.js";
import { HostContextAuthResolver } from "../adapters/openclaw/host-auth-resolver.js";
import { readPluginManifest } from "../adapters/openclaw/plugin-manifest.js";
import { type GuardOptions, SSRF_GUARD_OPTIONS } from "../adapters/openclaw/ssrf-guard-options.js";
import { SsrfHttpGuard } from "../adapters/openclaw/ssrf-http-guard.js";
import {
  DEFAULT_DISCOVERY_LIMITS,
  DISCOVERY_LIMITS,
  type DiscoveryLimits,
} from "../adapters/taas/discovery-limits.js";
import { TaasModelSource } from "../adapters/taas/taas-model-source.js";
import { CatalogService } from "../domain/catalog-service.js";
import { CatalogDiscovery } from "../domain/discovery.js";
import type { ModelDefinition } from "../domain/model.js";
import { seedCatalogFromManifest } from "../domain/seed-catalog.js";
import { AUTH_RESOLVER, type AuthResolver } from "../ports/auth-resolver.port.js";
import { HTTP_GUARD } from "../ports/http-guard.port.js";
import { MODEL_SOURCE, type ModelSource } from "../ports/model-source.port.js";
import { CATALOG_SERVICE, ENV_AUTH_RESOLVER, SEED_CATALOG } from "./tokens.js";

/** Seams a test or benchmark may set; production passes none. */
export interface PluginSeams extends GuardOptions {
  /** Replaces the TaaS model source entirely (e.g. a recording fake). */
  readonly modelSource?: ModelSource;
  /** Tighter bounds for fault tests; production uses 5 s and 4 MiB. */
  readonly discoveryLimits?: DiscoveryLimits;
}

let seedCatalog: readonly ModelDefinition[] | undefined;

/** The manifest's seed rows, parsed once per process (the manifest cannot change while loaded). */
export function manifestSeedCatalog(): readonly ModelDefinition[] {
  seedCatalog ??= Object.freeze(seedCatalogFromManifest(readPluginManifest()));
  return seedCatalog;
}

/**
 * One child container per `register()` call: instances never leak between registrations
 * and nothing is ever registered on tsyringe's global container.
 */
export function createRegistrationContainer(seams: PluginSeams = {}): DependencyContainer {
  const scope = container.createChildContainer();
  const guardOptions: GuardOptions = { fetchImpl: seams.fetchImpl, lookupFn: seams.lookupFn };
  scope.register(SSRF_GUARD_OPTIONS, { useValue: guardOptions });
  scope.register(SEED_CATALOG, { useValue: manifestSeedCatalog() });
  scope.register(DISCOVERY_LIMITS, { useValue: seams.discoveryLimits ?? DEFAULT_DISCOVERY_LIMITS });
  scope.register(HTTP_GUARD, { useClass: SsrfHttpGuard }, { lifecycle: Lifecycle.ContainerScoped });
  if (seams.modelSource) scope.register(MODEL_SOURCE, { useValue: seams.modelSource });
  else
    scope.register(
      MODEL_SOURCE,
      { useClass: TaasModelSource },
      { lifecycle: Lifecycle.ContainerScoped },
    );
  scope.register(
    AUTH_RESOLVER,
    { useClass: HostContextAuthResolver },
    { lifecycle: Lifecycle.ContainerScoped },
  );
  scope.register(
    ENV_AUTH_RESOLVER,
    { useClass: EnvAuthResolver },
    { lifecycle: Lifecycle.ContainerScoped },
  );
  scope.register(CATALOG_SERVICE, {
    useFactory: instanceCachingFactory(
      (c) =>
        new CatalogService(
          c.resolve<readonly ModelDefinition[]>(SEED_CATALOG),
          new CatalogDiscovery(c.resolve(SEED_CATALOG), c.resolve<ModelSource>(MODEL_SOURCE)),
          c.resolve<AuthResolver>(AUTH_RESOLVER),
        ),
    ),
  });
  return scope;
}
