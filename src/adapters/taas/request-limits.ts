/** Bounds on one embeddings or image-description request; production uses the defaults. */
export interface RequestLimits {
  /** Covers connecting, headers and the whole body. */
  readonly timeoutMs: number;
  /** 64 vectors of 4096 floats as JSON are ~5 MiB; anything far larger is not an answer. */
  readonly maxBodyBytes: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  timeoutMs: 60_000,
  maxBodyBytes: 32 * 1024 * 1024,
};

export const REQUEST_LIMITS: unique symbol = Symbol("RequestLimits");
