import { describe, expect, it } from "vitest";
import type { RouteCapture } from "../../../src/domain/autorouter/route-capture.js";
import {
  AUTOROUTER_SESSION_CAP,
  AutorouterSessions,
} from "../../../src/domain/autorouter/session-store.js";

const capture = (sessionId: string, model = "gemini-3-pro"): RouteCapture => ({
  sessionId,
  capturedAt: "2026-12-08T01:00:00.000Z",
  taasRequestId: null,
  taasTraceId: null,
  openclawTurnId: null,
  openclawAttempt: null,
  autorouterModel: model,
  autorouterAlgo: null,
  autorouterAlgoSource: null,
  thinkingApplied: null,
  routedContextWindow: null,
});

describe("AutorouterSessions", () => {
  it("defaults to the listing's cap of 256", () => {
    expect(AUTOROUTER_SESSION_CAP).toBe(256);
    expect(new AutorouterSessions().cap).toBe(256);
  });

  it("keeps an algorithm and a capture per session, apart", () => {
    const store = new AutorouterSessions();
    store.setAlgorithm("s1", "cost");
    store.recordCapture(capture("s2"));
    expect(store.algorithmOf("s1")).toBe("cost");
    expect(store.lastCapture("s1")).toBeNull();
    expect(store.algorithmOf("s2")).toBeNull();
    expect(store.lastCapture("s2")).toEqual(capture("s2"));
    store.recordCapture(capture("s2", "mistral-large"));
    expect(store.lastCapture("s2")?.autorouterModel).toBe("mistral-large");
    expect(store.algorithmOf("unknown")).toBeNull();
  });

  it("clears with null, and forgets a session left with nothing", () => {
    const store = new AutorouterSessions();
    store.setAlgorithm("s1", "tps");
    store.setAlgorithm("s1", null);
    expect(store.algorithmOf("s1")).toBeNull();
    expect(store.size).toBe(0);
    store.setAlgorithm("s2", "ttft");
    store.recordCapture(capture("s2"));
    store.setAlgorithm("s2", null);
    expect(store.size).toBe(1);
    expect(store.lastCapture("s2")).not.toBeNull();
    store.setAlgorithm("never-set", null);
    expect(store.size).toBe(1);
  });

  it("stays at its cap, dropping the least recently used (reads count as use)", () => {
    const store = new AutorouterSessions(3);
    store.setAlgorithm("a", "cost");
    store.setAlgorithm("b", "cost");
    store.setAlgorithm("c", "cost");
    expect(store.algorithmOf("a")).toBe("cost"); // a is now the most recent
    store.recordCapture(capture("d"));
    expect(store.size).toBe(3);
    expect(store.algorithmOf("b")).toBeNull(); // b was the least recently used
    expect(store.algorithmOf("a")).toBe("cost");
    expect(store.lastCapture("c")).toBeNull();
    expect(store.algorithmOf("c")).toBe("cost");
    expect(store.lastCapture("d")).not.toBeNull();
  });

  it("holds 10 000 sessions at the default cap of 256", () => {
    const store = new AutorouterSessions();
    for (let i = 0; i < 10_000; i++) store.setAlgorithm(`s${i}`, "best_fit");
    expect(store.size).toBe(256);
    expect(store.algorithmOf("s9999")).toBe("best_fit");
    expect(store.algorithmOf("s9744")).toBe("best_fit");
    expect(store.algorithmOf("s9743")).toBeNull();
  });

  it("refuses a cap that is not a positive integer", () => {
    for (const cap of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new AutorouterSessions(cap), String(cap)).toThrow(RangeError);
    }
  });
});
