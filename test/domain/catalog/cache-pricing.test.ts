import { describe, expect, it } from "vitest";
import { withCachedTokenPrices } from "../../../src/domain/catalog/cache-pricing.js";
import { realSeed } from "../fakes.js";

/** What a host shows for one turn (both hosts' rule: per million tokens, by field). */
const shown = (
  cost: { input: number; output: number; cacheRead: number; cacheWrite: number },
  usage: { input: number; output: number; cacheRead: number; cacheWrite: number },
) =>
  (usage.input * cost.input +
    usage.output * cost.output +
    usage.cacheRead * cost.cacheRead +
    usage.cacheWrite * cost.cacheWrite) /
  1e6;

describe("withCachedTokenPrices", () => {
  it("prices cached reads and writes at the input price", () => {
    expect(withCachedTokenPrices({ input: 1.75, output: 14 })).toEqual({
      input: 1.75,
      output: 14,
      cacheRead: 1.75,
      cacheWrite: 1.75,
    });
  });

  it("makes a cached turn cost what the price list says, never less (0 would under-price)", () => {
    // 100 prompt tokens, 60 of them cached: the host moves 60 out of input into cacheRead.
    const usage = { input: 40, output: 10, cacheRead: 60, cacheWrite: 0 };
    for (const row of realSeed()) {
      const listed = (100 * row.cost.input + 10 * row.cost.output) / 1e6;
      expect(shown(withCachedTokenPrices(row.cost), usage), row.id).toBeCloseTo(listed, 12);
      if (row.cost.input > 0) {
        const free = { ...row.cost, cacheRead: 0, cacheWrite: 0 };
        expect(shown(free, usage), `${row.id} at cacheRead 0`).toBeLessThan(listed);
      }
    }
  });
});
