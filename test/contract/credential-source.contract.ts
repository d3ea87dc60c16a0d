import { describe, expect, it } from "vitest";
import type { CredentialSource, KeyRequest } from "../../src/ports/credential-source.port.js";

/** A source and the request it is asked with, set up so the operator's key is known (or not). */
export interface KeyPlace {
  readonly source: CredentialSource;
  readonly request: KeyRequest;
}

export interface CredentialSourceFixture {
  /** The operator's CloudSigma key is `secret` here (blank: no key). */
  withKey(secret: string): KeyPlace;
  /** No CloudSigma key anywhere. */
  withoutKey(): KeyPlace;
  /** The host lookup fails outright. */
  broken(): KeyPlace;
}

const ask = ({ source, request }: KeyPlace) => source.credentials(request);

/** What every place in the key path must do, wherever the key lives. */
export function describeCredentialSourceContract(name: string, fixture: CredentialSourceFixture) {
  describe(`CredentialSource contract: ${name}`, () => {
    it("answers the key itself as the secret, trimmed", async () => {
      expect((await ask(fixture.withKey(" sk-live-7 "))).secret).toBe("sk-live-7");
    });

    it("answers no secret when there is no key, or only a blank one", async () => {
      expect(await ask(fixture.withoutKey())).toEqual({});
      expect((await ask(fixture.withKey("   "))).secret).toBeUndefined();
    });

    it("never answers the env var's name or a host marker as the secret", async () => {
      for (const marker of ["CLOUDSIGMA_API_KEY", "custom-local", "secretref-managed"]) {
        expect((await ask(fixture.withKey(marker))).secret).toBeUndefined();
      }
    });

    it("never copies the secret into the config marker", async () => {
      const found = await ask(fixture.withKey("sk-live-8"));
      expect(found.configMarker).not.toBe("sk-live-8");
    });

    it("never throws, whatever the host does", async () => {
      await expect(ask(fixture.broken())).resolves.toEqual({});
    });
  });
}
