import { describe, expect, it } from "vitest";
import type { AuthResolver, HostCallContext } from "../../src/ports/auth-resolver.port.js";

export interface AuthResolverFixture {
  readonly resolver: AuthResolver;
  /** A context in which the CloudSigma key comes from the environment. */
  withEnvKey(secret: string): HostCallContext;
  /** A context with no CloudSigma key anywhere. */
  withoutKey(): HostCallContext;
}

/** What every AuthResolver must do, whichever host surface it reads. */
export function describeAuthResolverContract(name: string, fixture: AuthResolverFixture): void {
  describe(`AuthResolver contract: ${name}`, () => {
    it("returns the key itself as the secret and the env var's name as the config marker", () => {
      expect(fixture.resolver.resolve(fixture.withEnvKey("sk-live-123"))).toEqual({
        secret: "sk-live-123",
        configMarker: "CLOUDSIGMA_API_KEY",
      });
    });

    it("never offers the env var's name as the secret", () => {
      const { secret } = fixture.resolver.resolve(fixture.withEnvKey("sk-live-123"));
      expect(secret).not.toBe("CLOUDSIGMA_API_KEY");
    });

    it("resolves nothing when there is no key", () => {
      expect(fixture.resolver.resolve(fixture.withoutKey())).toEqual({});
    });

    it("treats a blank key as no key", () => {
      expect(fixture.resolver.resolve(fixture.withEnvKey("   "))).toEqual({});
    });

    it("never throws on a context without the expected members", () => {
      for (const context of [{}, { env: {} }, { config: null }] as HostCallContext[]) {
        expect(fixture.resolver.resolve(context)).toEqual({});
      }
    });
  });
}
