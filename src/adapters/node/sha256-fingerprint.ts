import { createHash } from "node:crypto";
import { injectable } from "tsyringe";
import type { SecretFingerprint } from "../../ports/fingerprint.port.js";

/** SHA-256 of the secret, hex: a stable cache key that cannot be turned back into the key. */
@injectable()
export class Sha256Fingerprint implements SecretFingerprint {
  of(secret: string): string {
    return createHash("sha256").update(secret, "utf8").digest("hex");
  }
}
