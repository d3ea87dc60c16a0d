import type { DependencyContainer } from "tsyringe";
import {
  type GuardOptions,
  SSRF_GUARD_OPTIONS,
} from "../../src/adapters/openclaw/network/ssrf-guard-options.js";
import {
  DISCOVERY_LIMITS,
  REQUEST_LIMITS,
  type RequestLimits,
} from "../../src/adapters/taas/request-limits.js";
import type { Override } from "../../src/composition/container.js";
import { CLOCK, type Clock } from "../../src/ports/clock.port.js";
import {
  CREDENTIAL_STORE_KEY,
  type CredentialSource,
  ENVIRONMENT_KEY,
} from "../../src/ports/credential-source.port.js";
import { EMBEDDING_SOURCE, type EmbeddingSource } from "../../src/ports/embedding-source.port.js";
import { MODEL_SOURCE, type ModelSource } from "../../src/ports/model-source.port.js";
import { VISION_SOURCE, type VisionSource } from "../../src/ports/vision-source.port.js";

/** What a plugin test replaces; each one becomes a registration over the plugin's default. */
export interface TestSeams extends GuardOptions {
  readonly clock?: Clock;
  readonly modelSource?: ModelSource;
  readonly embeddingSource?: EmbeddingSource;
  readonly visionSource?: VisionSource;
  readonly discoveryLimits?: RequestLimits;
  readonly requestLimits?: RequestLimits;
  /**
   * The host's credential store as the plugin sees it after onboarding. Setting it also
   * empties the environment source, so a key in the test process's environment never leaks in.
   */
  readonly storedKey?: CredentialSource;
}

/** A credential store holding one key (or none), counting how often it is asked. */
export function storedKey(secret: string | undefined) {
  return {
    asked: 0,
    async credentials() {
      this.asked += 1;
      return secret ? { secret } : {};
    },
  };
}

const NO_KEY: CredentialSource = { credentials: async () => ({}) };

/** The registrations for a set of seams, applied after the plugin's defaults. */
export function overrideWith(seams: TestSeams): Override {
  const {
    clock,
    modelSource,
    embeddingSource,
    visionSource,
    discoveryLimits,
    requestLimits,
    storedKey: store,
    ...guard
  } = seams;
  return (scope: DependencyContainer) => {
    if (guard.fetchImpl || guard.lookupFn) scope.register(SSRF_GUARD_OPTIONS, { useValue: guard });
    if (clock) scope.register(CLOCK, { useValue: clock });
    if (modelSource) scope.register(MODEL_SOURCE, { useValue: modelSource });
    if (embeddingSource) scope.register(EMBEDDING_SOURCE, { useValue: embeddingSource });
    if (visionSource) scope.register(VISION_SOURCE, { useValue: visionSource });
    if (discoveryLimits) scope.register(DISCOVERY_LIMITS, { useValue: discoveryLimits });
    if (requestLimits) scope.register(REQUEST_LIMITS, { useValue: requestLimits });
    if (store) {
      scope.register(CREDENTIAL_STORE_KEY, { useValue: store });
      scope.register(ENVIRONMENT_KEY, { useValue: NO_KEY });
    }
  };
}
