import { describe, expect, it } from "vitest";
import { AUTOROUTER_ALGORITHMS } from "../../../src/domain/autorouter/algorithms.js";
import * as gateway from "../../../src/domain/autorouter/gateway-requests.js";

describe("the listing's gateway surface", () => {
  it("keeps the listing's method names, scopes and algorithm names", () => {
    expect([gateway.SET_ALGORITHM_METHOD, gateway.SET_ALGORITHM_SCOPE]).toEqual([
      "taas.autorouter.setAlgorithm",
      "operator.write",
    ]);
    expect([gateway.LAST_ROUTE_METHOD, gateway.LAST_ROUTE_SCOPE]).toEqual([
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
    expect(gateway.INVALID_SET_ALGORITHM).toEqual({
      code: "invalid_request",
      message: "sessionId and a supported AutoRouter algorithm (or null) are required",
    });
  });
});

describe("parseSetAlgorithm", () => {
  it.each(AUTOROUTER_ALGORITHMS)("accepts %s and answers as the listing does", (algorithm) => {
    const parsed = gateway.parseSetAlgorithm({ sessionId: "s1", algorithm });
    expect(parsed).toEqual({ ok: true, value: { sessionId: "s1", algorithm } });
    if (parsed.ok) {
      expect(gateway.setAlgorithmAnswer(parsed.value)).toEqual({
        ok: true,
        sessionId: "s1",
        algorithm,
      });
    }
  });

  it("accepts null to clear, and answers algorithm null", () => {
    const parsed = gateway.parseSetAlgorithm({ sessionId: " s1 ", algorithm: null });
    expect(parsed).toEqual({ ok: true, value: { sessionId: "s1", algorithm: null } });
    if (parsed.ok) {
      expect(gateway.setAlgorithmAnswer(parsed.value)).toEqual({
        ok: true,
        sessionId: "s1",
        algorithm: null,
      });
    }
  });

  it("refuses unknown, mis-cased, padded or missing algorithms (a typo never clears)", () => {
    for (const algorithm of ["fastest", "COST", " cost", "", undefined, 3, ["cost"]]) {
      expect(gateway.parseSetAlgorithm({ sessionId: "s1", algorithm }), String(algorithm)).toEqual({
        ok: false,
        error: gateway.INVALID_SET_ALGORITHM,
      });
    }
    expect(gateway.parseSetAlgorithm({ sessionId: "s1" })).toEqual({
      ok: false,
      error: gateway.INVALID_SET_ALGORITHM,
    });
  });

  it("refuses session ids a request could not carry", () => {
    for (const sessionId of [undefined, "", "  ", "a\nb", "é", "x".repeat(201), 42]) {
      expect(
        gateway.parseSetAlgorithm({ sessionId, algorithm: "cost" }).ok,
        String(sessionId),
      ).toBe(false);
    }
    for (const params of [undefined, null, "s1", ["s1", "cost"]]) {
      expect(gateway.parseSetAlgorithm(params).ok).toBe(false);
    }
  });
});

describe("parseLastRoute", () => {
  it("takes a session id under the same rules", () => {
    expect(gateway.parseLastRoute({ sessionId: " s1 " })).toEqual({
      ok: true,
      value: { sessionId: "s1" },
    });
    for (const params of [{}, { sessionId: "a\rb" }, null, "s1"]) {
      expect(gateway.parseLastRoute(params)).toEqual({
        ok: false,
        error: gateway.INVALID_LAST_ROUTE,
      });
    }
    expect(gateway.INVALID_LAST_ROUTE.code).toBe("invalid_request");
  });

  it("answers { sessionId, capture }, capture null when there is none", () => {
    expect(gateway.lastRouteAnswer("s1", null)).toEqual({ sessionId: "s1", capture: null });
  });
});
