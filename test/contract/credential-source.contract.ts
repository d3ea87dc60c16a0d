import { describe, expect, it } from "vitest";
import type { CredentialSource } from "../../src/ports/credential-source.port.js";

export interface CredentialSourceFixture {
  /** A source for which the operator's CloudSigma key is `secret` (blank: no key). */
  withKey(secret: string): CredentialSource;
  /** A source with no CloudSigma key anywhere. */
  withoutKey(): CredentialSource;
  /** A source whose host lookup fails outright. */
  broken(): CredentialSource;
}

/** What every CredentialSource must do, wherever the key lives. */
export function describeCredentialSourceContract(name: string, fixture: CredentialSourceFixture) {
  describe(`CredentialSource contract: ${name}`, () => {
    it("answers the key itself, trimmed", async () => {
      expect(await fixture.withKey(" sk-live-7 ").secret({})).toBe("sk-live-7");
    });

    it("answers undefined when there is no key, or only a blank one", async () => {
      expect(await fixture.withoutKey().secret({})).toBeUndefined();
      expect(await fixture.withKey("   ").secret({})).toBeUndefined();
    });

    it("never answers the env var's name or a host marker as the key", async () => {
      for (const marker of ["CLOUDSIGMA_API_KEY", "custom-local"]) {
        expect(await fixture.withKey(marker).secret({})).toBeUndefined();
      }
    });

    it("never throws, whatever the host does", async () => {
      await expect(fixture.broken().secret(undefined)).resolves.toBeUndefined();
    });
  });
}
