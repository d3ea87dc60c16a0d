/**
 * The operator's key at the moment a call needs it, for hooks whose host context carries no
 * credentials (dynamic-model warm-up, embeddings, image description). Wherever the host keeps
 * it (its credential store after onboarding, or the environment), the plugin only reads it
 * and sends it only to the configured TaaS host.
 */
export interface CredentialSource {
  /** The key itself (never an env var's name), or undefined when there is none. Never throws. */
  secret(config: unknown): Promise<string | undefined>;
}

export const CREDENTIAL_SOURCE: unique symbol = Symbol("CredentialSource");
