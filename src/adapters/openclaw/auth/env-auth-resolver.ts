import { injectable } from "tsyringe";
import { API_KEY_ENV_VAR } from "../../../domain/shared/model.js";
import type {
  AuthResolver,
  HostCallContext,
  ProviderCredentials,
} from "../../../ports/auth-resolver.port.js";

/**
 * Credentials straight from `CLOUDSIGMA_API_KEY` in the given environment, for hooks
 * whose host context carries no auth resolver (dynamic model warm-up). The config
 * marker is the env var's name, as the host writes it.
 */
@injectable()
export class EnvAuthResolver implements AuthResolver {
  resolve(context: HostCallContext): ProviderCredentials {
    const value = context.env?.[API_KEY_ENV_VAR];
    const secret = typeof value === "string" && value.trim().length > 0 ? value.trim() : undefined;
    return secret ? { secret, configMarker: API_KEY_ENV_VAR } : {};
  }
}
