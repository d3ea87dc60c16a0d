/**
 * The operator's key as one place knows it. `secret` is the key itself, sent only to the
 * configured TaaS host; `configMarker` is what the host expects to see in
 * `models.providers.<id>.apiKey` (for an env key, the env var's *name*, never the key).
 */
export interface ProviderCredentials {
  readonly secret?: string;
  readonly configMarker?: string;
}

/**
 * The host's per-call context (OpenClaw's catalog context). Opaque outside the adapters:
 * only a credential source that reads the host's call context knows its members.
 */
export interface HostCallContext {
  readonly config?: unknown;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** What a key lookup is about: the OpenClaw config, and the host's call context if any. */
export interface KeyRequest {
  readonly config: unknown;
  /** Only hooks whose host context carries credentials (catalog.run, liveCatalog) pass it. */
  readonly context?: HostCallContext;
}

/** One place the operator's key may live; the key path asks them in a fixed order. */
export interface CredentialSource {
  /**
   * Never throws, never answers a host marker or an env var's name as the secret; a place
   * with no key answers `{}`.
   */
  credentials(request: KeyRequest): Promise<ProviderCredentials>;
}

/** `plugins.entries.cloudsigma.config.apiKey`, once the host has materialised it. */
export const PLUGIN_CONFIG_KEY: unique symbol = Symbol("PluginConfigKey");
/** The host's call context (`resolveProviderAuth` / `resolveProviderApiKey`). */
export const HOST_CONTEXT_KEY: unique symbol = Symbol("HostContextKey");
/** The host's credential store (`runtime.modelAuth`, after onboarding). */
export const CREDENTIAL_STORE_KEY: unique symbol = Symbol("CredentialStoreKey");
/** `CLOUDSIGMA_API_KEY` in the process environment. */
export const ENVIRONMENT_KEY: unique symbol = Symbol("EnvironmentKey");
