import { PROVIDER_ID } from "../../../domain/shared/model.js";
import { usableSecret } from "../../../domain/shared/secret-value.js";
import type {
  CredentialSource,
  KeyRequest,
  ProviderCredentials,
} from "../../../ports/credential-source.port.js";
import type { OpenClawRuntime } from "../host-types.js";

type ModelAuth = OpenClawRuntime["modelAuth"];

/**
 * The key through OpenClaw's own `runtime.modelAuth.resolveApiKeyForProvider` (typed on
 * both hosts; stored profiles first, then the environment). The runtime is reached only
 * when a key is needed: 2026.9 refuses access to it while a plugin registers.
 */
export class CredentialStoreKey implements CredentialSource {
  constructor(private readonly modelAuth: () => ModelAuth | undefined) {}

  async credentials(request: KeyRequest): Promise<ProviderCredentials> {
    try {
      const resolved = await this.modelAuth()?.resolveApiKeyForProvider({
        provider: PROVIDER_ID,
        cfg: request.config as Parameters<ModelAuth["resolveApiKeyForProvider"]>[0]["cfg"],
      });
      const secret = usableSecret(resolved?.apiKey);
      return secret ? { secret } : {};
    } catch {
      // No stored key, or no runtime on this host: a later source may still have one.
      return {};
    }
  }
}
