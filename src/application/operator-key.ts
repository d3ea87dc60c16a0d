import { usableSecret } from "../domain/shared/secret-value.js";
import { missingKeyError, type UpstreamError } from "../domain/shared/upstream-error.js";
import {
  CREDENTIAL_STORE_KEY,
  type CredentialSource,
  ENVIRONMENT_KEY,
  HOST_CONTEXT_KEY,
  type KeyRequest,
  PLUGIN_CONFIG_KEY,
  type ProviderCredentials,
} from "../ports/credential-source.port.js";

/**
 * Where the key path looks, first to last. The plugin's own config key comes first: it is
 * the operator's explicit statement for this plugin (the listing's 0.2.x used the same
 * order for Talk). Then the host's call context, then the host's credential store (read
 * only when the earlier places have nothing), then the environment.
 */
export const KEY_SOURCE_ORDER = [
  PLUGIN_CONFIG_KEY,
  HOST_CONTEXT_KEY,
  CREDENTIAL_STORE_KEY,
  ENVIRONMENT_KEY,
] as const;

/** What needs the key, as the missing-key message names it. */
export type KeyedOperation = Parameters<typeof missingKeyError>[0];

export type RequiredKey =
  | { readonly ok: true; readonly secret: string }
  | { readonly ok: false; readonly error: UpstreamError };

/**
 * The one key path: every hook that needs the operator's key asks here. Sources are asked
 * in order and the first key wins, so a later place is never read once one has answered.
 */
export class OperatorKey {
  constructor(private readonly sources: readonly CredentialSource[]) {}

  /**
   * The key and the config marker the host expects. The marker comes from the first place
   * that gave one (the host context names the env var even when the key is found later).
   * When the plugin-config key answers first, no marker is returned: the catalog then leaves
   * `apiKey` out, the host finds its own key for chat as before, and the plugin swaps its key
   * in there (prepareRuntimeAuth), so no place after the winner is read just for a marker.
   */
  async credentials(request: KeyRequest): Promise<ProviderCredentials> {
    let configMarker: string | undefined;
    for (const source of this.sources) {
      const found = await source.credentials(request);
      configMarker ??= found.configMarker;
      const secret = usableSecret(found.secret);
      if (secret) return { secret, ...(configMarker ? { configMarker } : {}) };
    }
    return configMarker ? { configMarker } : {};
  }

  /** The missing-key check, for calls that cannot go on without a key. `what`: e.g. "embeddings". */
  async require(request: KeyRequest, what: KeyedOperation): Promise<RequiredKey> {
    const { secret } = await this.credentials(request);
    return secret ? { ok: true, secret } : { ok: false, error: missingKeyError(what) };
  }
}
