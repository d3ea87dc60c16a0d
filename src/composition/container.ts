import { container, type DependencyContainer, instanceCachingFactory, Lifecycle } from "tsyringe";
import { Sha256Fingerprint } from "../adapters/node/sha256-fingerprint.js";
import { SystemClock } from "../adapters/node/system-clock.js";
import { HostContextAuthResolver } from "../adapters/openclaw/auth/host-auth-resolver.js";
import { HostCredentialSource } from "../adapters/openclaw/auth/host-credential-source.js";
import { HostDiscoveryLog, type HostLogger } from "../adapters/openclaw/host-discovery-log.js";
import type { OpenClawRuntime } from "../adapters/openclaw/host-types.js";
import {
  type GuardOptions,
  SSRF_GUARD_OPTIONS,
} from "../adapters/openclaw/network/ssrf-guard-options.js";
import { SsrfHttpGuard } from "../adapters/openclaw/network/ssrf-http-guard.js";
import { readPluginManifest } from "../adapters/openclaw/plugin-manifest.js";
import {
  DEFAULT_DISCOVERY_LIMITS,
  DISCOVERY_LIMITS,
  type DiscoveryLimits,
} from "../adapters/taas/models/discovery-limits.js";
import { TaasModelSource } from "../adapters/taas/models/taas-model-source.js";
import { CatalogService } from "../domain/catalog/catalog-service.js";
import { CatalogDiscovery } from "../domain/catalog/discovery.js";
import type { DiscoveryPolicy } from "../domain/catalog/discovery-policy.js";
import type { DiscoveryStore } from "../domain/catalog/discovery-store.js";
import { seedCatalogFromManifest } from "../domain/catalog/seed-catalog.js";
import type { ModelDefinition } from "../domain/shared/model.js";
import { AUTH_RESOLVER, type AuthResolver } from "../ports/auth-resolver.port.js";
import { CLOCK, type Clock } from "../ports/clock.port.js";
import { CREDENTIAL_SOURCE, type CredentialSource } from "../ports/credential-source.port.js";
import { DISCOVERY_LOG, type DiscoveryLog } from "../ports/discovery-log.port.js";
import { SECRET_FINGERPRINT, type SecretFingerprint } from "../ports/fingerprint.port.js";
import { HTTP_GUARD } from "../ports/http-guard.port.js";
import { MODEL_SOURCE, type ModelSource } from "../ports/model-source.port.js";
import type { CapabilitySeams } from "./capabilities/capability-seams.js";
import { CAPABILITY_SEAMS, CATALOG_SERVICE, SEED_CATALOG } from "./tokens.js";

/** Seams a test or benchmark may set; production passes none. */
export interface PluginSeams extends GuardOptions, CapabilitySeams {
  /** Replaces the TaaS model source entirely (e.g. a counting fake). */
  readonly modelSource?: ModelSource;
  /** Tighter bounds for fault tests; production uses 5 s and 4 MiB. */
  readonly discoveryLimits?: DiscoveryLimits;
  /** A controllable clock for TTL and backoff tests. */
  readonly clock?: Clock;
  /** Shorter windows for tests; production uses DEFAULT_DISCOVERY_POLICY. */
  readonly discoveryPolicy?: DiscoveryPolicy;
  /** Replaces the host's credential lookup (e.g. a fake credential store). */
  readonly credentialSource?: CredentialSource;
}

/** What one registration is wired with: the plugin-wide store and the host's logger. */
export interface RegistrationInputs {
  readonly store: DiscoveryStore;
  readonly policy: DiscoveryPolicy;
  readonly logger: HostLogger | undefined;
  /** The host's model-auth runtime, read only when a key is needed (never while registering). */
  readonly modelAuth: () => OpenClawRuntime["modelAuth"] | undefined;
  // listing config: the key in `plugins.entries.cloudsigma.config`, asked before the host's.
  readonly pluginConfigKey?: CredentialSource;
}

let seedCatalog: readonly ModelDefinition[] | undefined;

/** The manifest's seed rows, parsed once per process (the manifest cannot change while loaded). */
export function manifestSeedCatalog(): readonly ModelDefinition[] {
  seedCatalog ??= Object.freeze(seedCatalogFromManifest(readPluginManifest()));
  return seedCatalog;
}

/**
 * One child container per `register()` call: instances never leak between registrations
 * and nothing is ever registered on tsyringe's global container. Only the discovery store
 * is shared, on purpose: it is what lets ten registrations make one upstream request.
 */
export function createRegistrationContainer(
  seams: PluginSeams,
  inputs: RegistrationInputs,
): DependencyContainer {
  const scope = container.createChildContainer();
  const singleton = { lifecycle: Lifecycle.ContainerScoped } as const;
  scope.register(SSRF_GUARD_OPTIONS, {
    useValue: { fetchImpl: seams.fetchImpl, lookupFn: seams.lookupFn } satisfies GuardOptions,
  });
  scope.register(DISCOVERY_LIMITS, { useValue: seams.discoveryLimits ?? DEFAULT_DISCOVERY_LIMITS });
  scope.register(SEED_CATALOG, { useValue: manifestSeedCatalog() });
  scope.register(CAPABILITY_SEAMS, {
    useValue: {
      embeddingSource: seams.embeddingSource,
      visionSource: seams.visionSource,
      requestLimits: seams.requestLimits,
    } satisfies CapabilitySeams,
  });
  scope.register(DISCOVERY_LOG, { useValue: new HostDiscoveryLog(inputs.logger) });
  scope.register(HTTP_GUARD, { useClass: SsrfHttpGuard }, singleton);
  if (seams.modelSource) scope.register(MODEL_SOURCE, { useValue: seams.modelSource });
  else scope.register(MODEL_SOURCE, { useClass: TaasModelSource }, singleton);
  if (seams.clock) scope.register(CLOCK, { useValue: seams.clock });
  else scope.register(CLOCK, { useClass: SystemClock }, singleton);
  scope.register(SECRET_FINGERPRINT, { useClass: Sha256Fingerprint }, singleton);
  scope.register(AUTH_RESOLVER, { useClass: HostContextAuthResolver }, singleton);
  // listing config: the plugin-config key first, then the host's store and environment.
  const hostKey = new HostCredentialSource(inputs.modelAuth, () => process.env);
  const pluginKey = inputs.pluginConfigKey;
  scope.register(CREDENTIAL_SOURCE, {
    useValue:
      seams.credentialSource ??
      (pluginKey
        ? { secret: async (c: unknown) => (await pluginKey.secret(c)) ?? hostKey.secret(c) }
        : hostKey),
  });
  scope.register(CATALOG_SERVICE, {
    useFactory: instanceCachingFactory((c) => {
      const seed = c.resolve<readonly ModelDefinition[]>(SEED_CATALOG);
      const discovery = new CatalogDiscovery({
        seed,
        source: c.resolve<ModelSource>(MODEL_SOURCE),
        store: inputs.store,
        clock: c.resolve<Clock>(CLOCK),
        fingerprint: c.resolve<SecretFingerprint>(SECRET_FINGERPRINT),
        log: c.resolve<DiscoveryLog>(DISCOVERY_LOG),
        policy: inputs.policy,
      });
      return new CatalogService(seed, discovery, c.resolve<AuthResolver>(AUTH_RESOLVER));
    }),
  });
  return scope;
}
