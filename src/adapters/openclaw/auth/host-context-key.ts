import { injectable } from "tsyringe";
import { PROVIDER_ID } from "../../../domain/shared/model.js";
import { usableSecret } from "../../../domain/shared/secret-value.js";
import type {
  CredentialSource,
  KeyRequest,
  ProviderCredentials,
} from "../../../ports/credential-source.port.js";
import { type HostAuthAnswer, providerAuthLookup } from "../host-profile.js";

/**
 * Credentials from OpenClaw's catalog context. The host's `apiKey` is a *marker*
 * (for an env key, the env var's name, e.g. `CLOUDSIGMA_API_KEY`); the secret itself
 * is `discoveryApiKey`. Using `apiKey` as the secret would send `Bearer CLOUDSIGMA_API_KEY`.
 */
@injectable()
export class HostContextKey implements CredentialSource {
  async credentials(request: KeyRequest): Promise<ProviderCredentials> {
    let answer: HostAuthAnswer | undefined;
    try {
      answer = request.context ? providerAuthLookup(request.context)?.(PROVIDER_ID) : undefined;
    } catch {
      return {};
    }
    const secret = usableSecret(answer?.discoveryApiKey);
    const apiKey = usable(answer?.apiKey);
    // A plaintext stored key comes back as both; the provider config gets no copy of it.
    const configMarker = apiKey !== undefined && apiKey !== secret ? apiKey : undefined;
    return { ...(secret ? { secret } : {}), ...(configMarker ? { configMarker } : {}) };
  }
}

function usable(value: unknown): string | undefined {
  return typeof value === "string" && value.trim().length > 0 ? value.trim() : undefined;
}
