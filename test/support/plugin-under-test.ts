import type { ProviderConfig } from "../../src/adapters/openclaw/host-types.js";
import { createCloudSigmaPlugin } from "../../src/composition/plugin-entry.js";
import { overrideWith, type TestSeams } from "./overrides.js";
import { registerPlugin } from "./recording-api.js";

export interface CatalogRun {
  readonly provider: ProviderConfig;
  readonly outcomes?: Array<{ provider: string; status: string; rejectionScope?: string }>;
}

/** One plugin entry (one shared discovery store, the default policy), registered as often as a test likes. */
export function pluginUnderTest(seams: TestSeams = {}) {
  const plugin = createCloudSigmaPlugin({ override: overrideWith(seams) });
  const registrations: Array<ReturnType<typeof registerPlugin>> = [];
  const fresh = () => {
    const registration = registerPlugin(plugin);
    if (!registration.provider.catalog || !registration.modelCatalog?.liveCatalog) {
      throw new Error("no catalog or live catalog registered");
    }
    registrations.push(registration);
    return registration;
  };
  const first = fresh();
  return {
    fresh,
    /** Every line logged through any registration so far, as `level: message`. */
    logs: () => registrations.flatMap((registration) => registration.logs),
    run: async (context: unknown, registration = first): Promise<CatalogRun> =>
      (await registration.provider.catalog?.run(context as never)) as CatalogRun,
    live: (context: unknown, registration = first) =>
      registration.modelCatalog?.liveCatalog?.(context as never),
  };
}
