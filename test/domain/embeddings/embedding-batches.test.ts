import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  embeddingBatches,
  MAX_BATCH_INPUTS,
} from "../../../src/domain/embeddings/embedding-batches.js";

describe("embedding batches", () => {
  it("hold at most 64 inputs each by default", () => {
    const inputs = Array.from({ length: 130 }, (_, i) => `note ${i}`);
    expect(embeddingBatches(inputs).map((b) => b.length)).toEqual([64, 64, 2]);
    expect(MAX_BATCH_INPUTS).toBe(64);
  });

  it("split on the char budget, and a lone long input still gets a batch", () => {
    expect(embeddingBatches(["aaaa", "bb", "cccccc", "d"], 10, 5)).toEqual([
      ["aaaa"],
      ["bb"],
      ["cccccc"],
      ["d"],
    ]);
    expect(embeddingBatches([], 10, 5)).toEqual([]);
  });

  it("give the inputs back in order when concatenated", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 1, max: 100 }),
        (inputs, maxInputs, maxChars) => {
          const batches = embeddingBatches(inputs, maxInputs, maxChars);
          expect(batches.flat()).toEqual(inputs);
          for (const batch of batches) {
            expect(batch.length).toBeGreaterThan(0);
            expect(batch.length).toBeLessThanOrEqual(maxInputs);
            const chars = batch.reduce((sum, text) => sum + text.length, 0);
            if (batch.length > 1) expect(chars).toBeLessThanOrEqual(maxChars);
          }
        },
      ),
    );
  });
});
