import { describe, expect, it } from "vitest";
import { usableSecret } from "../../../src/domain/shared/secret-value.js";

describe("usableSecret", () => {
  it("takes a real key, trimmed", () => {
    expect(usableSecret(" sk-live-1 ")).toBe("sk-live-1");
  });

  it.each([
    "",
    "   ",
    "CLOUDSIGMA_API_KEY",
    "custom-local",
    "ollama-local",
    "secretref-managed",
    "oauth:cloudsigma",
    undefined,
    null,
    42,
  ])("refuses %j: blank, not a string, or a marker the host uses in place of a key", (value) => {
    expect(usableSecret(value)).toBeUndefined();
  });
});
