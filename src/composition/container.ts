import {
  container,
  type DependencyContainer,
  instanceCachingFactory,
  Lifecycle,
  type RegistrationOptions,
} from "tsyringe";
import { Sha256Fingerprint } from "../adapters/node/sha256-fingerprint.js";
import { SystemClock } from "../adapters/node/system-clock.js";
import { CredentialStoreKey } from "../adapters/openclaw/auth/credential-store-key.js";
import { EnvironmentKey } from "../adapters/openclaw/auth/environment-key.js";
import { HostContextKey } from "../adapters/openclaw/auth/host-context-key.js";
import { PluginConfigCredentialSource } from "../adapters/openclaw/auth/plugin-config-credential-source.js";
import { type HostLogger, HostPluginLog } from "../adapters/openclaw/host-plugin-log.js";
import type { OpenClawRuntime } from "../adapters/openclaw/host-types.js";
import { SSRF_GUARD_OPTIONS } from "../adapters/openclaw/network/ssrf-guard-options.js";
import { SsrfHttpGuard } from "../adapters/openclaw/network/ssrf-http-guard.js";
import { readPluginManifest } from "../adapters/openclaw/plugin-manifest.js";
import { TaasModelSource } from "../adapters/taas/models/taas-model-source.js";
import { DEFAULT_DISCOVERY_LIMITS, DISCOVERY_LIMITS } from "../adapters/taas/request-limits.js";
import { KEY_SOURCE_ORDER, OperatorKey } from "../application/operator-key.js";
import { RouteLookup } from "../application/route-lookup.js";
import { WarmUnknownRoute } from "../application/warm-unknown-route.js";
import { CatalogService } from "../domain/catalog/catalog-service.js";
import { CatalogDiscovery } from "../domain/catalog/discovery.js";
import { DEFAULT_DISCOVERY_POLICY } from "../domain/catalog/discovery-policy.js";
import { DiscoveryStore } from "../domain/catalog/discovery-store.js";
import { seedCatalogFromManifest } from "../domain/catalog/seed-catalog.js";
import { RateLimitGate } from "../domain/rate-limits/rate-limit-gate.js";
import { SettingsReport } from "../domain/settings/settings-report.js";
import type { ModelDefinition } from "../domain/shared/model.js";
import { CLOCK, type Clock } from "../ports/clock.port.js";
import {
  CREDENTIAL_STORE_KEY,
  type CredentialSource,
  ENVIRONMENT_KEY,
  HOST_CONTEXT_KEY,
  PLUGIN_CONFIG_KEY,
} from "../ports/credential-source.port.js";
import { SECRET_FINGERPRINT, type SecretFingerprint } from "../ports/fingerprint.port.js";
import { HTTP_GUARD } from "../ports/http-guard.port.js";
import { MODEL_SOURCE, type ModelSource } from "../ports/model-source.port.js";
import { PLUGIN_LOG, type PluginLog } from "../ports/plugin-log.port.js";

/**
 * Registrations made over the defaults of every registration's container, after them, so
 * they win: how a test or a benchmark replaces the upstream, the clock or a key source.
 * Production passes none.
 */
export type Override = (scope: DependencyContainer) => void;

/** What one registration takes from the host's `api`. */
export interface HostInputs {
  readonly logger: HostLogger | undefined;
  /** The host's model-auth runtime, read only when a key is needed (never while registering). */
  readonly modelAuth: () => OpenClawRuntime["modelAuth"] | undefined;
  /** `api.pluginConfig`: the plugin's own settings, its `apiKey` first in the key path. */
  readonly pluginConfig: () => unknown;
}

const ONE_PER_SCOPE: RegistrationOptions = { lifecycle: Lifecycle.ContainerScoped };

let seedCatalog: readonly ModelDefinition[] | undefined;

/** The manifest's seed rows, parsed once per process (the manifest cannot change while loaded). */
export function manifestSeedCatalog(): readonly ModelDefinition[] {
  seedCatalog ??= Object.freeze(seedCatalogFromManifest(readPluginManifest()));
  return seedCatalog;
}

/**
 * One per plugin entry: what every registration of the entry shares. The discovery store
 * is what lets ten registrations make one upstream request; the rate-limit gate makes
 * every registration see the same TaaS limit. Separate entries (tests) never share them.
 * Nothing is ever registered on tsyringe's global container.
 */
export function createEntryScope(): DependencyContainer {
  const entry = container.createChildContainer();
  entry.register(DiscoveryStore, {
    useValue: new DiscoveryStore(DEFAULT_DISCOVERY_POLICY.maxEntries),
  });
  entry.register(RateLimitGate, { useValue: new RateLimitGate() });
  entry.register(SettingsReport, { useValue: new SettingsReport() });
  return entry;
}

/**
 * One child container per `register()` call, so instances never leak between
 * registrations. Everything register() needs is resolved from it; the capabilities add
 * their part on first use (composition/capabilities/capability-container.ts).
 */
export function createRegistrationScope(
  entry: DependencyContainer,
  host: HostInputs,
  override?: Override,
): DependencyContainer {
  const scope = entry.createChildContainer();
  registerHost(scope, host);
  registerKeySources(scope, host);
  registerTaas(scope);
  registerServices(scope);
  override?.(scope);
  return scope;
}

function registerHost(scope: DependencyContainer, host: HostInputs): void {
  scope.register(PLUGIN_LOG, { useValue: new HostPluginLog(host.logger) });
  scope.register(SSRF_GUARD_OPTIONS, { useValue: {} });
  scope.register(HTTP_GUARD, { useClass: SsrfHttpGuard }, ONE_PER_SCOPE);
  scope.register(CLOCK, { useClass: SystemClock }, ONE_PER_SCOPE);
  scope.register(SECRET_FINGERPRINT, { useClass: Sha256Fingerprint }, ONE_PER_SCOPE);
}

/** One registration per place the key may live; the order is OperatorKey's (KEY_SOURCE_ORDER). */
function registerKeySources(scope: DependencyContainer, host: HostInputs): void {
  // The chat auth hooks need the adapter itself; the key path knows it by its port token.
  scope.register(PluginConfigCredentialSource, {
    useValue: new PluginConfigCredentialSource(host.pluginConfig),
  });
  scope.register(PLUGIN_CONFIG_KEY, { useToken: PluginConfigCredentialSource });
  scope.register(HOST_CONTEXT_KEY, { useClass: HostContextKey }, ONE_PER_SCOPE);
  scope.register(CREDENTIAL_STORE_KEY, { useValue: new CredentialStoreKey(host.modelAuth) });
  scope.register(ENVIRONMENT_KEY, { useValue: new EnvironmentKey() });
}

function registerTaas(scope: DependencyContainer): void {
  scope.register(DISCOVERY_LIMITS, { useValue: DEFAULT_DISCOVERY_LIMITS });
  scope.register(MODEL_SOURCE, { useClass: TaasModelSource }, ONE_PER_SCOPE);
}

/** Domain and application classes carry no decorators: each is built by a factory. */
function registerServices(scope: DependencyContainer): void {
  scope.register(CatalogDiscovery, {
    useFactory: instanceCachingFactory(
      (c) =>
        new CatalogDiscovery({
          seed: manifestSeedCatalog(),
          source: c.resolve<ModelSource>(MODEL_SOURCE),
          store: c.resolve(DiscoveryStore),
          clock: c.resolve<Clock>(CLOCK),
          fingerprint: c.resolve<SecretFingerprint>(SECRET_FINGERPRINT),
          log: c.resolve<PluginLog>(PLUGIN_LOG),
          policy: DEFAULT_DISCOVERY_POLICY,
        }),
    ),
  });
  scope.register(CatalogService, {
    useFactory: instanceCachingFactory(
      (c) => new CatalogService(manifestSeedCatalog(), c.resolve(CatalogDiscovery)),
    ),
  });
  scope.register(OperatorKey, {
    useFactory: instanceCachingFactory(
      (c) => new OperatorKey(KEY_SOURCE_ORDER.map((token) => c.resolve<CredentialSource>(token))),
    ),
  });
  scope.register(RouteLookup, {
    useFactory: instanceCachingFactory((c) => new RouteLookup(c.resolve(CatalogService))),
  });
  scope.register(WarmUnknownRoute, {
    useFactory: instanceCachingFactory(
      (c) => new WarmUnknownRoute(c.resolve(CatalogService), c.resolve(OperatorKey)),
    ),
  });
}
