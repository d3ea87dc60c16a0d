import { pluginConfigApiKey } from "../../../domain/settings/plugin-settings.js";
import { PLUGIN_CONFIG_KEY_PATH, PLUGIN_SETTINGS_PATH } from "../../../domain/shared/model.js";
import { usableSecret } from "../../../domain/shared/secret-value.js";
import { isPlainObject, readPath } from "../../../domain/shared/values.js";
import type {
  CredentialSource,
  KeyRequest,
  ProviderCredentials,
} from "../../../ports/credential-source.port.js";

const ENTRY_PATH = PLUGIN_SETTINGS_PATH.split(".");
export const API_KEY_PATH = PLUGIN_CONFIG_KEY_PATH;

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

/** How long a resolved file or exec reference is reused before it is resolved again. */
const KEEP_RESOLVED_MS = 60_000;

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
  /** The last resolved non-env reference (an exec reference costs a process per resolution). */
  private kept: { readonly ref: string; readonly value: string; readonly at: number } | undefined;

  constructor(
    private readonly registered: () => unknown,
    private readonly resolveRef: SecretRefResolver = hostSecretRefResolver,
    private readonly environment: () => NodeJS.ProcessEnv = () => process.env,
    private readonly now: () => number = Date.now,
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
      // env references read the environment each time; file and exec ones are kept a while.
      const refKey = ref.source === "env" ? undefined : JSON.stringify(ref);
      const kept = this.kept;
      if (refKey && kept?.ref === refKey && this.now() - kept.at < KEEP_RESOLVED_MS) {
        return kept.value;
      }
      const resolved = await this.resolveRef({
        config: isPlainObject(config) ? config : {},
        env: env ?? this.environment(),
        value: ref,
        path: API_KEY_PATH,
      });
      const value = usableSecret(resolved?.value);
      if (refKey && value) this.kept = { ref: refKey, value, at: this.now() };
      return value;
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
