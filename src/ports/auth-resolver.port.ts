/**
 * Credentials for one catalog request. `secret` is the key itself and is used
 * only for the discovery request; `configMarker` is what the host expects to see
 * in `models.providers.<id>.apiKey` (for an env key, the env var's name).
 */
export interface ProviderCredentials {
  readonly secret?: string;
  readonly configMarker?: string;
}

/**
 * The host's per-call context (OpenClaw's catalog context). Opaque to the
 * domain: only an AuthResolver adapter knows how to read credentials from it.
 */
export interface HostCallContext {
  readonly config?: unknown;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface AuthResolver {
  /** Never throws; missing or unusable credentials resolve to `{}`. */
  resolve(context: HostCallContext): ProviderCredentials;
}

export const AUTH_RESOLVER: unique symbol = Symbol("AuthResolver");
