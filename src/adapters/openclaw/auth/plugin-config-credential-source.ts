import { pluginConfigApiKey, SETTINGS_PATH } from "../../../domain/settings/plugin-settings.js";
import { PROVIDER_ID } from "../../../domain/shared/model.js";
import { usableSecret } from "../../../domain/shared/secret-value.js";
import { isPlainObject, readPath } from "../../../domain/shared/values.js";
import type {
  CredentialSource,
  KeyRequest,
  ProviderCredentials,
} from "../../../ports/credential-source.port.js";

const ENTRY_PATH = ["plugins", "entries", PROVIDER_ID, "config"] as const;
export const API_KEY_PATH = `${SETTINGS_PATH}.apiKey`;

/** The host's SecretRef resolver (`resolveConfiguredSecretInputString`, both hosts' SDK). */
export type SecretRefResolver = (params: {
  config: unknown;
  env: NodeJS.ProcessEnv;
  value: unknown;
  path: string;
}) => Promise<{ value?: string }>;

/**
 * Loaded on first use only: no reference, no import, so registering stays as cheap as before.
 * It applies the host's own rules (its `secrets.providers`, allowlists), not ours.
 */
export const hostSecretRefResolver: SecretRefResolver = async (params) => {
  const sdk = await import("openclaw/plugin-sdk/secret-input-runtime");
  return sdk.resolveConfiguredSecretInputString(
    params as Parameters<typeof sdk.resolveConfiguredSecretInputString>[0],
  );
};

/**
 * `plugins.entries.cloudsigma.config.apiKey`: the operator's key stated for this plugin, the
 * first source of the key path (as in CloudSigma's listing 0.2.x).
 *
 * A resolved key is taken as it is: the config a hook receives first (the runtime config,
 * which follows reloads), else the `pluginConfig` given at registration. A SecretRef the host
 * has not resolved for the plugin (2026.9.6 `agent --local` never does) is resolved through
 * the host's own resolver, with the host's config and environment.
 */
export class PluginConfigCredentialSource implements CredentialSource {
  constructor(
    private readonly registered: () => unknown,
    private readonly resolveRef: SecretRefResolver = hostSecretRefResolver,
    private readonly environment: () => NodeJS.ProcessEnv = () => process.env,
  ) {}

  async credentials(request: KeyRequest): Promise<ProviderCredentials> {
    const secret = await this.secret(request.config);
    return secret ? { secret } : {};
  }

  /** The key itself, or undefined; never throws. */
  async secret(config: unknown, env?: NodeJS.ProcessEnv): Promise<string | undefined> {
    try {
      const direct = this.current(config);
      if (direct) return direct;
      const ref = this.reference(config);
      if (!ref) return undefined;
      const resolved = await this.resolveRef({
        config: isPlainObject(config) ? config : {},
        env: env ?? this.environment(),
        value: ref,
        path: API_KEY_PATH,
      });
      return usableSecret(resolved?.value);
    } catch {
      return undefined;
    }
  }

  /** A key already resolved, synchronously, for hooks the host calls synchronously. */
  current(config: unknown): string | undefined {
    try {
      return (
        pluginConfigApiKey(readPath(config, ENTRY_PATH)) ?? pluginConfigApiKey(this.registered())
      );
    } catch {
      return undefined;
    }
  }

  /** Whether the operator's entry holds a SecretRef still to resolve. */
  hasReference(config: unknown): boolean {
    try {
      return this.reference(config) !== undefined;
    } catch {
      return false;
    }
  }

  private reference(config: unknown): Record<string, unknown> | undefined {
    for (const candidate of [readPath(config, [...ENTRY_PATH, "apiKey"]), this.registeredKey()]) {
      if (isPlainObject(candidate) && typeof candidate.source === "string") return candidate;
    }
    return undefined;
  }

  private registeredKey(): unknown {
    return readPath(this.registered(), ["apiKey"]);
  }
}
