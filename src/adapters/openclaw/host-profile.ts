import type { OpenClawPluginApi } from "openclaw/plugin-sdk/plugin-entry";

/**
 * What the running OpenClaw host offers, found by looking at what it hands the plugin
 * (feature detection), never by its version: a host line in between gets what it has.
 * The one home of the plugin's host differences; test/e2e/HOST-BEHAVIOUR.md has the
 * evidence for each. (Shapes that every host reads the same way, such as the catalog
 * result with `outcomes` or the Error fields in composition/capabilities/host-error.ts,
 * need no decision and are not here.)
 */
export interface HostProfile {
  /** `registerEmbeddingProvider`: memory search may embed through CloudSigma. */
  readonly embeddingProviders: boolean;
  /**
   * `registerMemoryEmbeddingProvider` (2026.6, deprecated there; gone on 2026.9): where it
   * exists, the memory host looks there first and would otherwise pick its keyless
   * `openai-compatible` adapter for our provider entry.
   */
  readonly memoryEmbeddingProviders: boolean;
  /** `registerMediaUnderstandingProvider`: image description. */
  readonly mediaUnderstanding: boolean;
}

type RegistrationApi = Partial<
  Pick<
    OpenClawPluginApi,
    | "registerEmbeddingProvider"
    | "registerMemoryEmbeddingProvider"
    | "registerMediaUnderstandingProvider"
  >
>;

/** The profile of the host whose `api` this is (cheap: `register()` runs many times). */
export function hostProfileOf(api: RegistrationApi): HostProfile {
  return {
    embeddingProviders: typeof api.registerEmbeddingProvider === "function",
    memoryEmbeddingProviders: typeof api.registerMemoryEmbeddingProvider === "function",
    mediaUnderstanding: typeof api.registerMediaUnderstandingProvider === "function",
  };
}

/** What a catalog context's key lookup answers: `apiKey` is a marker, the secret is elsewhere. */
export interface HostAuthAnswer {
  readonly apiKey?: unknown;
  readonly discoveryApiKey?: unknown;
}

interface CatalogContextAuth {
  readonly resolveProviderAuth?: (providerId: string) => HostAuthAnswer | undefined;
  readonly resolveProviderApiKey?: (providerId: string) => HostAuthAnswer | undefined;
}

/**
 * The key lookup a host's catalog context offers: `resolveProviderAuth` where it exists
 * (2026.9, which also keeps the older name), else `resolveProviderApiKey` (2026.6). Bound to
 * the context; undefined when it has neither.
 */
export function providerAuthLookup(
  context: object,
): ((providerId: string) => HostAuthAnswer | undefined) | undefined {
  const host = context as CatalogContextAuth;
  if (typeof host.resolveProviderAuth === "function") {
    return (id) => host.resolveProviderAuth?.(id);
  }
  if (typeof host.resolveProviderApiKey === "function") {
    return (id) => host.resolveProviderApiKey?.(id);
  }
  return undefined;
}
