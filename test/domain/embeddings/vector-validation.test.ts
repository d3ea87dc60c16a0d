import { describe, expect, it } from "vitest";
import {
  MAX_DIMENSIONS,
  validateVectors,
} from "../../../src/domain/embeddings/vector-validation.js";

const row = (index: unknown, embedding: unknown) => ({ index, embedding });

describe("vector validation", () => {
  it("returns vectors in input order, whatever order upstream used", () => {
    const check = validateVectors([row(1, [0, 1]), row(0, [1, 0])], 2);
    expect(check).toEqual({
      ok: true,
      vectors: [
        [1, 0],
        [0, 1],
      ],
      dimensions: 2,
    });
  });

  it("takes position as the index when upstream gives none", () => {
    expect(validateVectors([{ embedding: [0.5] }], 1)).toEqual({
      ok: true,
      vectors: [[0.5]],
      dimensions: 1,
    });
  });

  it.each([
    ["a count mismatch", [row(0, [1])], 2, undefined, /1 vectors for 2 inputs/],
    ["a fractional index", [row(0.5, [1])], 1, undefined, /invalid index/],
    ["a negative index", [row(-1, [1])], 1, undefined, /invalid index/],
    ["a string index", [row("0", [1])], 1, undefined, /invalid index/],
    ["a repeated index", [row(0, [1]), row(0, [1])], 2, undefined, /duplicate/],
    ["an out-of-range index", [row(5, [1])], 1, undefined, /out-of-range/],
    ["no vector", [row(0, null)], 1, undefined, /no usable vector/],
    ["an empty vector", [row(0, [])], 1, undefined, /no usable vector/],
    ["a huge vector", [row(0, new Array(MAX_DIMENSIONS + 1).fill(0))], 1, undefined, /usable/],
    ["NaN", [row(0, [Number.NaN])], 1, undefined, /non-finite/],
    ["Infinity", [row(0, [1, Number.POSITIVE_INFINITY])], 1, undefined, /non-finite/],
    ["a string number", [row(0, ["1"])], 1, undefined, /non-finite/],
    ["mixed dimensions", [row(0, [1, 2]), row(1, [1])], 2, undefined, /1-dimension .* 2 was/],
    ["another batch's dimension", [row(0, [1, 2])], 1, 3, /2-dimension .* 3 was/],
  ])("refuses %s, and says nothing was indexed", (_, rows, count, dims, pattern) => {
    const check = validateVectors(rows, count, dims);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.message).toMatch(pattern);
      expect(check.message).toMatch(/nothing was indexed/);
    }
  });

  it("accepts no rows for no inputs", () => {
    expect(validateVectors([], 0)).toEqual({ ok: true, vectors: [], dimensions: 0 });
  });
});
