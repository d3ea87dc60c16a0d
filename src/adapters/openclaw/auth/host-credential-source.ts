import { API_KEY_ENV_VAR, PROVIDER_ID } from "../../../domain/shared/model.js";
import { usableSecret } from "../../../domain/shared/secret-value.js";
import type { CredentialSource } from "../../../ports/credential-source.port.js";
import type { OpenClawRuntime } from "../host-types.js";

type ModelAuth = OpenClawRuntime["modelAuth"];

/**
 * The key through OpenClaw's own `runtime.modelAuth.resolveApiKeyForProvider` (typed on
 * both hosts; stored profiles first, then the environment), else `CLOUDSIGMA_API_KEY` from
 * the environment. The runtime is reached only when a key is needed: 2026.9 refuses access
 * to it while a plugin registers.
 */
export class HostCredentialSource implements CredentialSource {
  constructor(
    private readonly modelAuth: () => ModelAuth | undefined,
    private readonly environment: () => Readonly<Record<string, string | undefined>>,
  ) {}

  async secret(config: unknown): Promise<string | undefined> {
    try {
      const auth = this.modelAuth();
      const resolved = await auth?.resolveApiKeyForProvider({
        provider: PROVIDER_ID,
        cfg: config as Parameters<ModelAuth["resolveApiKeyForProvider"]>[0]["cfg"],
      });
      const key = usableSecret(resolved?.apiKey);
      if (key) return key;
    } catch {
      // No stored key, or no runtime on this host: the environment may still have one.
    }
    try {
      return usableSecret(this.environment()[API_KEY_ENV_VAR]);
    } catch {
      return undefined;
    }
  }
}
