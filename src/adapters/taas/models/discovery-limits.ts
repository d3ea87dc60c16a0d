/** Bounds on one discovery request; production uses the defaults. */
export interface DiscoveryLimits {
  /** Covers connecting, headers and the whole body. */
  readonly timeoutMs: number;
  /** A larger body is abandoned unread. */
  readonly maxBodyBytes: number;
}

export const DEFAULT_DISCOVERY_LIMITS: DiscoveryLimits = {
  timeoutMs: 5_000,
  maxBodyBytes: 4 * 1024 * 1024,
};

export const DISCOVERY_LIMITS: unique symbol = Symbol("DiscoveryLimits");
