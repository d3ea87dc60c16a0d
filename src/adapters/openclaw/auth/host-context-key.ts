import { injectable } from "tsyringe";
import { PROVIDER_ID } from "../../../domain/shared/model.js";
import { usableSecret } from "../../../domain/shared/secret-value.js";
import type {
  CredentialSource,
  KeyRequest,
  ProviderCredentials,
} from "../../../ports/credential-source.port.js";

interface HostAuthAnswer {
  readonly apiKey?: unknown;
  readonly discoveryApiKey?: unknown;
}

interface CatalogContextAuth {
  readonly resolveProviderAuth?: (providerId: string) => HostAuthAnswer | undefined;
  readonly resolveProviderApiKey?: (providerId: string) => HostAuthAnswer | undefined;
}

/**
 * Credentials from OpenClaw's catalog context. The host's `apiKey` is a *marker*
 * (for an env key, the env var's name, e.g. `CLOUDSIGMA_API_KEY`); the secret itself
 * is `discoveryApiKey`. Using `apiKey` as the secret would send `Bearer CLOUDSIGMA_API_KEY`.
 */
@injectable()
export class HostContextKey implements CredentialSource {
  async credentials(request: KeyRequest): Promise<ProviderCredentials> {
    return this.read(request.context as (CatalogContextAuth & object) | undefined);
  }

  private read(host: CatalogContextAuth | undefined): ProviderCredentials {
    let answer: HostAuthAnswer | undefined;
    try {
      answer =
        typeof host?.resolveProviderAuth === "function"
          ? host.resolveProviderAuth(PROVIDER_ID)
          : host?.resolveProviderApiKey?.(PROVIDER_ID);
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
