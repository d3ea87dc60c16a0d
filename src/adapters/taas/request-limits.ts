/** Bounds on one TaaS request; production uses the defaults below. */
export interface RequestLimits {
  /** Covers connecting, headers and the whole body. */
  readonly timeoutMs: number;
  /** A larger body is abandoned unread. */
  readonly maxBodyBytes: number;
}

/** `GET /models`: a listing is small and discovery must not hold a catalog refresh up for long. */
export const DEFAULT_DISCOVERY_LIMITS: RequestLimits = {
  timeoutMs: 5_000,
  maxBodyBytes: 4 * 1024 * 1024,
};

/** Embeddings and image description: 64 vectors of 4096 floats as JSON are ~5 MiB. */
export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  timeoutMs: 60_000,
  maxBodyBytes: 32 * 1024 * 1024,
};

export const DISCOVERY_LIMITS: unique symbol = Symbol("DiscoveryLimits");
export const REQUEST_LIMITS: unique symbol = Symbol("RequestLimits");
