import type { ProviderConfig } from "../../src/adapters/openclaw/host-types.js";
import {
  type GuardOptions,
  SSRF_GUARD_OPTIONS,
} from "../../src/adapters/openclaw/network/ssrf-guard-options.js";
import {
  DISCOVERY_LIMITS,
  type DiscoveryLimits,
} from "../../src/adapters/taas/models/discovery-limits.js";
import { createCloudSigmaPlugin } from "../../src/composition/plugin-entry.js";
import { CLOCK, type Clock } from "../../src/ports/clock.port.js";
import { MODEL_SOURCE, type ModelSource } from "../../src/ports/model-source.port.js";
import { recordingApi } from "../plugin/recording-api.js";

/** A clock the test moves by hand, so TTL and backoff are checked by counts, not by waiting. */
export function manualClock(start = 1_700_000_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

export interface CatalogRun {
  readonly provider: ProviderConfig;
  readonly outcomes?: Array<{ provider: string; status: string; rejectionScope?: string }>;
}

/** What a fault test replaces; each becomes a registration over the plugin's default. */
export interface FaultSeams extends GuardOptions {
  readonly clock?: Clock;
  readonly discoveryLimits?: DiscoveryLimits;
  readonly modelSource?: ModelSource;
}

/** One plugin entry (one shared discovery store), registered as often as a test likes. */
export function pluginUnderTest(seams: FaultSeams) {
  const { clock, discoveryLimits, modelSource, ...guard } = seams;
  const plugin = createCloudSigmaPlugin({
    override: (scope) => {
      scope.register(SSRF_GUARD_OPTIONS, { useValue: guard });
      if (clock) scope.register(CLOCK, { useValue: clock });
      if (discoveryLimits) scope.register(DISCOVERY_LIMITS, { useValue: discoveryLimits });
      if (modelSource) scope.register(MODEL_SOURCE, { useValue: modelSource });
    },
  });
  const logs: string[] = [];
  const register = () => {
    const recording = recordingApi();
    plugin.register(recording.api);
    const provider = recording.providers[0];
    const modelCatalog = recording.modelCatalogProviders[0];
    if (!provider?.catalog || !modelCatalog?.liveCatalog) throw new Error("not registered");
    return { provider, modelCatalog, recordingLogs: recording.logs };
  };
  const registrations: Array<ReturnType<typeof register>> = [];
  const fresh = () => {
    const registration = register();
    registrations.push(registration);
    return registration;
  };
  const first = fresh();
  return {
    fresh,
    /** Every log line written through any registration so far. */
    logs: () => [...logs, ...registrations.flatMap((r) => r.recordingLogs)],
    run: async (context: unknown, registration = first): Promise<CatalogRun> =>
      (await registration.provider.catalog?.run(context as never)) as CatalogRun,
    live: (context: unknown, registration = first) =>
      registration.modelCatalog.liveCatalog?.(context as never),
  };
}
