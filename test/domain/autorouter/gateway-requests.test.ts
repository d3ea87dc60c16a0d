import { describe, expect, it } from "vitest";
import { AUTOROUTER_ALGORITHMS } from "../../../src/domain/autorouter/algorithms.js";
import {
  INVALID_LAST_ROUTE,
  INVALID_SET_ALGORITHM,
  LAST_ROUTE_METHOD,
  LAST_ROUTE_SCOPE,
  lastRouteAnswer,
  parseLastRoute,
  parseSetAlgorithm,
  SET_ALGORITHM_METHOD,
  SET_ALGORITHM_SCOPE,
  setAlgorithmAnswer,
} from "../../../src/domain/autorouter/gateway-requests.js";

describe("the listing's gateway surface", () => {
  it("keeps the listing's method names, scopes and algorithm names", () => {
    expect([SET_ALGORITHM_METHOD, SET_ALGORITHM_SCOPE]).toEqual([
      "taas.autorouter.setAlgorithm",
      "operator.write",
    ]);
    expect([LAST_ROUTE_METHOD, LAST_ROUTE_SCOPE]).toEqual([
      "taas.autorouter.lastRoute",
      "operator.read",
    ]);
    expect(AUTOROUTER_ALGORITHMS).toEqual([
      "best_fit",
      "price_performance",
      "savings_curve",
      "cost",
      "ttft",
      "tps",
    ]);
  });

  it("refuses with the listing's error, word for word", () => {
    expect(INVALID_SET_ALGORITHM).toEqual({
      code: "invalid_request",
      message: "sessionId and a supported AutoRouter algorithm (or null) are required",
    });
  });
});

describe("parseSetAlgorithm", () => {
  it.each(AUTOROUTER_ALGORITHMS)("accepts %s and answers as the listing does", (algorithm) => {
    const parsed = parseSetAlgorithm({ sessionId: "s1", algorithm });
    expect(parsed).toEqual({ ok: true, value: { sessionId: "s1", algorithm } });
    if (parsed.ok) {
      expect(setAlgorithmAnswer(parsed.value)).toEqual({ ok: true, sessionId: "s1", algorithm });
    }
  });

  it("accepts null to clear, and answers algorithm null", () => {
    const parsed = parseSetAlgorithm({ sessionId: " s1 ", algorithm: null });
    expect(parsed).toEqual({ ok: true, value: { sessionId: "s1", algorithm: null } });
    if (parsed.ok) {
      expect(setAlgorithmAnswer(parsed.value)).toEqual({
        ok: true,
        sessionId: "s1",
        algorithm: null,
      });
    }
  });

  it("refuses unknown, mis-cased, padded or missing algorithms (a typo never clears)", () => {
    for (const algorithm of ["fastest", "COST", " cost", "", undefined, 3, ["cost"]]) {
      expect(parseSetAlgorithm({ sessionId: "s1", algorithm }), String(algorithm)).toEqual({
        ok: false,
        error: INVALID_SET_ALGORITHM,
      });
    }
    expect(parseSetAlgorithm({ sessionId: "s1" })).toEqual({
      ok: false,
      error: INVALID_SET_ALGORITHM,
    });
  });

  it("refuses session ids a request could not carry", () => {
    for (const sessionId of [undefined, "", "  ", "a\nb", "é", "x".repeat(201), 42]) {
      expect(parseSetAlgorithm({ sessionId, algorithm: "cost" }).ok, String(sessionId)).toBe(false);
    }
    for (const params of [undefined, null, "s1", ["s1", "cost"]]) {
      expect(parseSetAlgorithm(params).ok).toBe(false);
    }
  });
});

describe("parseLastRoute", () => {
  it("takes a session id under the same rules", () => {
    expect(parseLastRoute({ sessionId: " s1 " })).toEqual({ ok: true, value: { sessionId: "s1" } });
    for (const params of [{}, { sessionId: "a\rb" }, null, "s1"]) {
      expect(parseLastRoute(params)).toEqual({ ok: false, error: INVALID_LAST_ROUTE });
    }
    expect(INVALID_LAST_ROUTE.code).toBe("invalid_request");
  });

  it("answers { sessionId, capture }, capture null when there is none", () => {
    expect(lastRouteAnswer("s1", null)).toEqual({ sessionId: "s1", capture: null });
  });
});
