import { describe, expect, it } from "vitest";
import { isAutorouterAlgorithm } from "../../../src/domain/autorouter/algorithms.js";
import * as header from "../../../src/domain/autorouter/autorouter-header.js";

describe("autorouterHeaders", () => {
  it("asks for the session's algorithm on the auto route", () => {
    expect(header.AUTOROUTER_ALGORITHM_HEADER).toBe("X-TaaS-Autorouter-Algorithm");
    expect(header.autorouterHeaders("auto", "cost")).toEqual({
      "X-TaaS-Autorouter-Algorithm": "cost",
    });
    expect(header.autorouterHeaders("cloudsigma/auto", "ttft")).toEqual({
      "X-TaaS-Autorouter-Algorithm": "ttft",
    });
  });

  it("sends nothing without an algorithm or on any other route", () => {
    expect(header.autorouterHeaders("auto", null)).toEqual({});
    expect(header.autorouterHeaders("gpt-5.5", "cost")).toEqual({});
    expect(header.autorouterHeaders(undefined, "cost")).toEqual({});
  });
});

describe("isAutorouterAlgorithm", () => {
  it("knows exactly TaaS's names", () => {
    expect(isAutorouterAlgorithm("savings_curve")).toBe(true);
    expect(isAutorouterAlgorithm("Savings_Curve")).toBe(false);
    expect(isAutorouterAlgorithm(null)).toBe(false);
  });
});
