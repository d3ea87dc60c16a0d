import type { UpstreamFailure } from "../../ports/upstream-failure.port.js";

/** How long discovery trusts what it learned, and how it backs off after a failure. */
export interface DiscoveryPolicy {
  /** A successful listing is reused this long without asking upstream again. */
  readonly ttlMs: number;
  /** After a failed refresh, the last good live catalog is served up to this age. */
  readonly lastGoodMaxAgeMs: number;
  /** The wait before the first retry after a failure; it doubles per failure... */
  readonly backoffBaseMs: number;
  /** ...up to this cap. */
  readonly backoffCapMs: number;
  /** Base URL × key combinations remembered at once (oldest forgotten first). */
  readonly maxEntries: number;
}

export const DEFAULT_DISCOVERY_POLICY: DiscoveryPolicy = {
  ttlMs: 60_000,
  lastGoodMaxAgeMs: 24 * 60 * 60_000,
  backoffBaseMs: 30_000,
  backoffCapMs: 10 * 60_000,
  maxEntries: 32,
};

/** Wait before the next attempt after `failures` consecutive failures (1 → base). */
export function backoffDelay(failures: number, policy: DiscoveryPolicy): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  return Math.min(policy.backoffBaseMs * 2 ** exponent, policy.backoffCapMs);
}

/**
 * Wait before the next attempt after this failure: the backoff step, or longer when a rate
 * limit asked for more with `Retry-After`, never past the cap.
 */
export function retryDelay(failures: number, failure: UpstreamFailure, policy: DiscoveryPolicy) {
  const step = backoffDelay(failures, policy);
  const asked = failure.kind === "rate-limited" ? (failure.retryAfterMs ?? 0) : 0;
  return Math.min(Math.max(step, asked), policy.backoffCapMs);
}
