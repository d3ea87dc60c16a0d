import { describe, expect, it } from "vitest";
import { Sha256Fingerprint } from "../../src/adapters/node/sha256-fingerprint.js";
import { SystemClock } from "../../src/adapters/node/system-clock.js";

describe("Sha256Fingerprint", () => {
  const fingerprint = new Sha256Fingerprint();

  it("is the hex SHA-256 of the secret (a one-way, stable cache key)", () => {
    expect(fingerprint.of("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(fingerprint.of("abc")).toBe(fingerprint.of("abc"));
  });

  it("tells keys apart and never contains the key", () => {
    const a = fingerprint.of("sk-secret-a");
    expect(a).not.toBe(fingerprint.of("sk-secret-b"));
    expect(a).not.toContain("sk-secret-a");
  });
});

describe("SystemClock", () => {
  it("reads wall-clock milliseconds", () => {
    const before = Date.now();
    const now = new SystemClock().now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
