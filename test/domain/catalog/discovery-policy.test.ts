import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as discoveryPolicy from "../../../src/domain/catalog/discovery-policy.js";
import type { UpstreamFailure } from "../../../src/ports/upstream-failure.port.js";

describe("DEFAULT_DISCOVERY_POLICY", () => {
  it("caches 60 s, keeps the last good list 24 h, backs off from 30 s to 10 min, 32 entries", () => {
    expect(discoveryPolicy.DEFAULT_DISCOVERY_POLICY).toEqual({
      ttlMs: 60_000,
      lastGoodMaxAgeMs: 86_400_000,
      backoffBaseMs: 30_000,
      backoffCapMs: 600_000,
      maxEntries: 32,
    });
  });
});

describe("backoffDelay", () => {
  const policy = discoveryPolicy.DEFAULT_DISCOVERY_POLICY;

  it("waits the base after the first failure and doubles per failure up to the cap", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((failures) =>
      discoveryPolicy.backoffDelay(failures, policy),
    );
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 600_000, 600_000]);
  });

  it("treats zero or negative failure counts as the first", () => {
    expect(discoveryPolicy.backoffDelay(0, policy)).toBe(30_000);
    expect(discoveryPolicy.backoffDelay(-3, policy)).toBe(30_000);
  });

  it("stays finite for absurd failure counts", () => {
    const uncapped = { ...policy, backoffCapMs: Number.MAX_VALUE };
    expect(discoveryPolicy.backoffDelay(1_000_000, uncapped)).toBe(30_000 * 2 ** 30);
  });

  it("never decreases with more failures and stays within [base, cap]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 200 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.integer({ min: 60_000, max: 3_600_000 }),
        (failures, backoffBaseMs, backoffCapMs) => {
          const p = { ...policy, backoffBaseMs, backoffCapMs };
          const delay = discoveryPolicy.backoffDelay(failures, p);
          expect(delay).toBeGreaterThanOrEqual(backoffBaseMs);
          expect(delay).toBeLessThanOrEqual(backoffCapMs);
          expect(discoveryPolicy.backoffDelay(failures + 1, p)).toBeGreaterThanOrEqual(delay);
        },
      ),
    );
  });
});

describe("retryDelay", () => {
  const policy = discoveryPolicy.DEFAULT_DISCOVERY_POLICY;
  const limited = (retryAfterMs?: number): UpstreamFailure =>
    retryAfterMs === undefined
      ? { kind: "rate-limited", status: 429 }
      : { kind: "rate-limited", status: 429, retryAfterMs };

  it("waits what a rate limit's Retry-After asks when that is longer than the backoff step", () => {
    expect(discoveryPolicy.retryDelay(1, limited(120_000), policy)).toBe(120_000);
    expect(discoveryPolicy.retryDelay(2, limited(90_000), policy)).toBe(90_000);
  });

  it("never waits less than the backoff step", () => {
    expect(discoveryPolicy.retryDelay(1, limited(5_000), policy)).toBe(30_000);
    expect(discoveryPolicy.retryDelay(3, limited(60_000), policy)).toBe(120_000);
    expect(discoveryPolicy.retryDelay(1, limited(), policy)).toBe(30_000);
  });

  it("never waits past the cap, whatever Retry-After asks", () => {
    expect(discoveryPolicy.retryDelay(1, limited(3_600_000), policy)).toBe(600_000);
  });

  it("is the backoff step for every other failure", () => {
    const failures: UpstreamFailure[] = [
      { kind: "unavailable", reason: "timeout" },
      { kind: "http", status: 503 },
      { kind: "payment-required", status: 402 },
    ];
    for (const failure of failures)
      expect(discoveryPolicy.retryDelay(2, failure, policy)).toBe(60_000);
  });
});
