import { injectable } from "tsyringe";
import type { SecretFingerprint } from "../../ports/fingerprint.port.js";

type Crypto = typeof import("node:crypto");
let crypto: Crypto | undefined;

/**
 * SHA-256 of the secret, hex: a stable cache key that cannot be turned back into the key.
 * `node:crypto` is fetched on first use (it costs ~10 ms cold and is needed only once
 * discovery runs, never on the plugin's registration path).
 */
@injectable()
export class Sha256Fingerprint implements SecretFingerprint {
  of(secret: string): string {
    crypto ??= process.getBuiltinModule("node:crypto") as Crypto;
    return crypto.createHash("sha256").update(secret, "utf8").digest("hex");
  }
}
