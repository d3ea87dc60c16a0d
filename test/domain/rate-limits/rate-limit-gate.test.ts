import { describe, expect, it } from "vitest";
import { hasConfiguredFallbacks } from "../../../src/domain/rate-limits/fallbacks.js";
import {
  isRateLimitMessage,
  KEY_WIDE_NOTE,
  RateLimitGate,
} from "../../../src/domain/rate-limits/rate-limit-gate.js";

const KEY = "https://taas.cloudsigma.com/v1";
const NINE = "429 Rate limit exceeded; Retry-After: 20 seconds";

describe("the rate-limit gate", () => {
  it("lets requests through until a 429", () => {
    expect(new RateLimitGate().beforeRequest(KEY, "gpt-5.5", 0)).toEqual({ kind: "send" });
  });

  it("with no fallback: one retry of the same route after Retry-After, then fail over", () => {
    const gate = new RateLimitGate();
    expect(gate.onRateLimited(KEY, "gpt-5.5", NINE, 0, false)).toBe(NINE);
    expect(gate.beforeRequest(KEY, "gpt-5.5", 1_000)).toEqual({ kind: "send" });
    const second = gate.onRateLimited(KEY, "gpt-5.5", NINE, 20_000, false);
    expect(second).toBe(`429 Rate limit exceeded (${KEY_WIDE_NOTE})`);
    const held = gate.beforeRequest(KEY, "gpt-5.5", 21_000);
    expect(held).toEqual({
      kind: "hold",
      message: `429 ${KEY_WIDE_NOTE} (the limit lifts in about 19 s; no request was sent)`,
    });
  });

  it("with a fallback: fails over at once, and holds every other cloudsigma route", () => {
    const gate = new RateLimitGate();
    expect(gate.onRateLimited(KEY, "gpt-5.5", NINE, 0, true)).toMatch(/quota exceeded/);
    expect(gate.beforeRequest(KEY, "llama-3.3-70b", 100)).toMatchObject({ kind: "hold" });
    expect(gate.beforeRequest("https://other.example/v1", "llama-3.3-70b", 100)).toEqual({
      kind: "send",
    });
  });

  it("bounds Retry-After in the text the host waits on", () => {
    const gate = new RateLimitGate(60_000);
    expect(gate.onRateLimited(KEY, "m", "429 x; Retry-After: 3600 seconds", 0, false)).toBe(
      "429 x; Retry-After: 60 seconds",
    );
    expect(gate.beforeRequest(KEY, "other", 59_000)).toMatchObject({ kind: "hold" });
    expect(gate.beforeRequest(KEY, "other", 60_000)).toEqual({ kind: "send" });
  });

  it("reads 'retry after N', else waits the default", () => {
    const gate = new RateLimitGate(60_000, 5_000);
    gate.onRateLimited(KEY, "m", "429 slow down, retry after 9 seconds", 0, false);
    expect(gate.beforeRequest(KEY, "other", 8_000)).toMatchObject({ kind: "hold" });
    expect(gate.beforeRequest(KEY, "other", 9_000)).toEqual({ kind: "send" });
    gate.onRateLimited("k2", "m", "429 Rate limit exceeded", 0, false);
    expect(gate.beforeRequest("k2", "other", 4_999)).toMatchObject({ kind: "hold" });
    expect(gate.beforeRequest("k2", "other", 5_000)).toEqual({ kind: "send" });
  });

  it("reads a fractional Retry-After (an HTTP-date) and hands the host whole seconds", () => {
    const gate = new RateLimitGate();
    const text = gate.onRateLimited(KEY, "m", "429 x; Retry-After: 19.87 seconds", 0, false);
    expect(text).toBe("429 x; Retry-After: 20 seconds");
    expect(gate.beforeRequest(KEY, "other", 19_860)).toMatchObject({ kind: "hold" });
    expect(gate.beforeRequest(KEY, "other", 19_870)).toEqual({ kind: "send" });
  });

  it("tells the host when to retry where upstream text names no wait (2026.6's)", () => {
    const gate = new RateLimitGate(60_000, 20_000);
    expect(gate.onRateLimited(KEY, "m", "429 Rate limit exceeded", 0, false)).toBe(
      "429 Rate limit exceeded; Retry-After: 20 seconds",
    );
  });

  it.each([
    ["429 slow down, retry after 20 seconds", "429 slow down"],
    ["429 Rate limit exceeded; Retry-After: 20 seconds", "429 Rate limit exceeded"],
    ["429 limit: 60 requests per minute (rpm), try again in 5s", "429 limit: 60"],
    ["429 too many requests per-minute", "429 too many requests"],
  ])("drops short-window hints when it stops the host (%j)", (upstream, kept) => {
    const text = new RateLimitGate().onRateLimited(KEY, "m", upstream, 0, true);
    expect(text).toBe(`${kept} (${KEY_WIDE_NOTE})`);
    expect(text).not.toMatch(/retry[- ]after|try again|per[- ]minute|\brpm\b/i);
  });

  it("forgets the limit after a success", () => {
    const gate = new RateLimitGate();
    gate.onRateLimited(KEY, "m", NINE, 0, true);
    gate.onSuccess(KEY);
    expect(gate.beforeRequest(KEY, "other", 1)).toEqual({ kind: "send" });
    expect(gate.onRateLimited(KEY, "m", NINE, 2, false)).toBe(NINE);
  });
});

describe("rate-limit messages", () => {
  it.each([
    ["429 Too Many Requests", true],
    ["  429 x", true],
    ["upstream rate_limit hit", true],
    ["Rate limit exceeded", true],
    ["too many requests", true],
    ["4290 items", false],
    ["500 server error", false],
    [undefined, false],
  ])("%p is a rate limit: %p", (message, expected) => {
    expect(isRateLimitMessage(message)).toBe(expected);
  });
});

describe("configured fallbacks", () => {
  it("count only when agents.defaults.model lists one", () => {
    const withModel = (model: unknown) => ({ agents: { defaults: { model } } });
    expect(hasConfiguredFallbacks(withModel({ primary: "a", fallbacks: ["b/c"] }))).toBe(true);
    expect(hasConfiguredFallbacks(withModel({ primary: "a", fallbacks: [" ", 7] }))).toBe(false);
    expect(hasConfiguredFallbacks(withModel("cloudsigma/gpt-5.5"))).toBe(false);
    expect(hasConfiguredFallbacks(undefined)).toBe(false);
  });
});
