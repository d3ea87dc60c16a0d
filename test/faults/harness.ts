import type { ProviderConfig } from "../../src/adapters/openclaw/host-types.js";
import type { PluginSeams } from "../../src/composition/container.js";
import { createCloudSigmaPlugin } from "../../src/composition/plugin-entry.js";
import { DEFAULT_DISCOVERY_POLICY } from "../../src/domain/catalog/discovery-policy.js";
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

/** One plugin entry (one shared discovery store), registered as often as a test likes. */
export function pluginUnderTest(seams: PluginSeams) {
  const plugin = createCloudSigmaPlugin({ discoveryPolicy: DEFAULT_DISCOVERY_POLICY, ...seams });
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
