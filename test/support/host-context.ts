// What the host hands the plugin: catalog contexts, an operator config, a clock. Erasable
// types only, so benchmarks import it with Node's type stripping too.

/** The host's catalog context for a key that comes from CLOUDSIGMA_API_KEY. */
export function envKeyContext(secret: string | undefined, config: unknown = {}) {
  return {
    config,
    env: secret ? { CLOUDSIGMA_API_KEY: secret } : {},
    resolveProviderApiKey: () =>
      secret ? { apiKey: "CLOUDSIGMA_API_KEY", discoveryApiKey: secret } : { apiKey: undefined },
  } as never;
}

/** An operator config that points the cloudsigma provider at `baseUrl`. */
export function configWithBaseUrl(baseUrl: string) {
  return { models: { providers: { cloudsigma: { baseUrl, models: [] } } } };
}

/** A clock the test moves by hand, so TTL and backoff are checked by counts, not by waiting. */
export function manualClock(start = 1_700_000_000_000) {
  let now = start;
  return {
    now: () => now,
    start,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
