import type {
  AuthResolver,
  HostCallContext,
  ProviderCredentials,
} from "../ports/auth-resolver.port.js";
import type { CredentialSource } from "../ports/credential-source.port.js";

/**
 * The host context's credentials, and when it carries no key (a key only in the host's
 * store, on a path whose context reads the environment alone), the credential source's.
 * Either way the key is only read, never written into the catalog or config.
 */
export async function withStoredKey(
  auth: AuthResolver,
  credentials: CredentialSource,
  context: HostCallContext,
): Promise<AuthResolver> {
  const direct = auth.resolve(context);
  if (direct.secret) return { resolve: () => direct };
  const secret = await credentials.secret(context?.config);
  const resolved: ProviderCredentials = secret ? { ...direct, secret } : direct;
  return { resolve: () => resolved };
}
