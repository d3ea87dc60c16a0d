import { API_KEY_ENV_VAR } from "../../../domain/shared/model.js";
import { usableSecret } from "../../../domain/shared/secret-value.js";
import type {
  CredentialSource,
  ProviderCredentials,
} from "../../../ports/credential-source.port.js";

type Environment = Readonly<Record<string, string | undefined>>;

/** `CLOUDSIGMA_API_KEY` from the environment, read at the moment a key is needed. */
export class EnvironmentKey implements CredentialSource {
  constructor(private readonly environment: () => Environment = () => process.env) {}

  async credentials(): Promise<ProviderCredentials> {
    try {
      const secret = usableSecret(this.environment()[API_KEY_ENV_VAR]);
      return secret ? { secret } : {};
    } catch {
      return {};
    }
  }
}
