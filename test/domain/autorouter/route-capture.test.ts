import { describe, expect, it } from "vitest";
import { captureRoute } from "../../../src/domain/autorouter/route-capture.js";

const NOW = Date.UTC(2026, 11, 8, 1, 2, 3, 456);
const request = { sessionId: "s1", now: NOW };

const routed = {
  "x-taas-autorouted": "true",
  "x-taas-autorouter-model": "gemini-3-pro",
  "x-taas-autorouter-mode": "cost",
  "x-taas-autorouter-algorithm-source": "header",
  "x-taas-thinking-applied": "false",
  "x-taas-routed-context-window": "1048576",
  "x-request-id": "req-1",
  "x-trace-id": "trace-1",
};

describe("captureRoute", () => {
  it("reads every field the listing reports, with the injected clock's time", () => {
    expect(captureRoute(routed, request)).toEqual({
      sessionId: "s1",
      capturedAt: "2026-12-08T01:02:03.456Z",
      taasRequestId: "req-1",
      taasTraceId: "trace-1",
      openclawTurnId: null,
      openclawAttempt: null,
      autorouterModel: "gemini-3-pro",
      autorouterAlgo: "cost",
      autorouterAlgoSource: "header",
      thinkingApplied: false,
      routedContextWindow: 1048576,
    });
  });

  it("captures only when x-taas-autorouted is true", () => {
    for (const value of [undefined, "false", "1", "yes", ""]) {
      expect(
        captureRoute({ ...routed, "x-taas-autorouted": value }, request),
        String(value),
      ).toBeNull();
    }
    expect(captureRoute({ ...routed, "x-taas-autorouted": " TRUE " }, request)).not.toBeNull();
  });

  it("reads header names in any case", () => {
    const upper = Object.fromEntries(
      Object.entries(routed).map(([name, value]) => [name.toUpperCase(), value]),
    );
    expect(captureRoute(upper, request)).toEqual(captureRoute(routed, request));
  });

  it("prefers the x-taas- request and trace ids, falling back to the generic ones", () => {
    const both = { ...routed, "X-TaaS-Request-Id": "taas-req", "x-taas-trace-id": "taas-trace" };
    expect(captureRoute(both, request)).toMatchObject({
      taasRequestId: "taas-req",
      taasTraceId: "taas-trace",
    });
    const { "x-request-id": _r, "x-trace-id": _t, ...none } = routed;
    expect(captureRoute(none, request)).toMatchObject({ taasRequestId: null, taasTraceId: null });
  });

  it("records the host's real turn when the request had one", () => {
    expect(captureRoute(routed, { ...request, turnId: "run-1:model:2", attempt: 2 })).toMatchObject(
      { openclawTurnId: "run-1:model:2", openclawAttempt: 2 },
    );
  });

  it("keeps only short printable values and well-formed numbers and flags", () => {
    const odd = {
      "x-taas-autorouted": "true",
      "x-taas-autorouter-model": "m".repeat(257),
      "x-taas-autorouter-mode": "co\nst",
      "x-taas-autorouter-algorithm-source": 7,
      "x-taas-thinking-applied": "maybe",
      "x-taas-routed-context-window": "-5",
      "x-request-id": ["a", "b"],
    };
    expect(captureRoute(odd, request)).toMatchObject({
      autorouterModel: null,
      autorouterAlgo: null,
      autorouterAlgoSource: null,
      thinkingApplied: null,
      routedContextWindow: null,
      taasRequestId: null,
    });
    for (const window of ["0", "12.5", "1e6", "9".repeat(16), "abc"]) {
      expect(
        captureRoute({ ...routed, "x-taas-routed-context-window": window }, request)
          ?.routedContextWindow,
        window,
      ).toBeNull();
    }
    expect(
      captureRoute({ ...routed, "x-taas-thinking-applied": "TRUE" }, request)?.thinkingApplied,
    ).toBe(true);
  });

  it("captures nothing from headers that are not a record, or with an unusable clock", () => {
    expect(captureRoute(undefined, request)).toBeNull();
    expect(captureRoute("x-taas-autorouted: true", request)).toBeNull();
    expect(captureRoute(routed, { ...request, now: Number.NaN })).toBeNull();
  });
});
