import { describe, expect, it } from "vitest";
import { outcomeOf } from "../../../src/domain/catalog/catalog-snapshot.js";
import { modelRow, UPSTREAM_FAILURES } from "../fakes.js";

const models = [modelRow("gpt-5.5")];

describe("outcomeOf", () => {
  // Discovery never builds a cache snapshot without a failure, so only live and static are ready.
  it.each(["live", "static"] as const)("is ready for a %s snapshot with no failure", (source) => {
    expect(outcomeOf({ models, source })).toBe("ready");
  });

  it.each([401, 403])("is auth-rejected when the key was rejected (%d)", (status) => {
    expect(
      outcomeOf({ models, source: "static", failure: { kind: "auth-rejected", status } }),
    ).toBe("auth-rejected");
  });

  it.each(UPSTREAM_FAILURES.filter((failure) => failure.kind !== "auth-rejected"))(
    "is unavailable for %j, whatever is served",
    (failure) => {
      expect(outcomeOf({ models, source: "static", failure })).toBe("unavailable");
      expect(outcomeOf({ models, source: "cache", failure })).toBe("unavailable");
    },
  );
});
