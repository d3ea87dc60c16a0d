import { describe, expect, it } from "vitest";
import { routeIdOf } from "../../../src/domain/shared/model-ref.js";

describe("route ids in model refs", () => {
  it("reads our provider's prefix off a model ref and leaves others alone", () => {
    const ours = ["cloudsigma", "cloudsigma-taas"];
    expect(routeIdOf("cloudsigma/bge-m3", ours)).toBe("bge-m3");
    expect(routeIdOf(" CloudSigma-TaaS/ e5 ", ours)).toBe("e5");
    expect(routeIdOf("openai/text-embedding-3-small", ours)).toBe("openai/text-embedding-3-small");
    expect(routeIdOf("/x", ours)).toBe("/x");
    expect(routeIdOf(undefined, ours)).toBeUndefined();
  });
});
