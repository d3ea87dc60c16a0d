/**
 * A one-way fingerprint of a secret, so caches can be keyed per API key without
 * ever holding the key itself.
 */
export interface SecretFingerprint {
  of(secret: string): string;
}

export const SECRET_FINGERPRINT: unique symbol = Symbol("SecretFingerprint");
