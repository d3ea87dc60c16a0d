import { describe, expect, it } from "vitest";
import { MAX_RETRY_AFTER_MS, retryAfterMs } from "../../../src/domain/shared/retry-after.js";

const NOW = Date.parse("2026-12-02T12:00:00Z");

describe("Retry-After", () => {
  it("reads delta-seconds", () => {
    expect(retryAfterMs("20", NOW)).toBe(20_000);
    expect(retryAfterMs(" 0 ", NOW)).toBe(0);
  });

  it("reads an HTTP-date relative to now, never negative", () => {
    expect(retryAfterMs("Wed, 02 Dec 2026 12:00:30 GMT", NOW)).toBe(30_000);
    expect(retryAfterMs("Wed, 02 Dec 2026 11:59:00 GMT", NOW)).toBe(0);
  });

  it("is bounded", () => {
    expect(retryAfterMs("86400", NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs("86400", NOW, 5_000)).toBe(5_000);
  });

  it.each([undefined, 20, "", "soon", "-5", "1.5"])("ignores %p", (header) => {
    expect(retryAfterMs(header, NOW)).toBeUndefined();
  });
});
