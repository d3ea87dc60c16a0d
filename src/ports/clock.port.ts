/** Milliseconds on a monotonic-enough clock; the discovery cache's only notion of time. */
export interface Clock {
  now(): number;
}

export const CLOCK: unique symbol = Symbol("Clock");
