import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_CATALOG_ROWS, mergeCatalog } from "../../../src/domain/catalog/catalog-merge.js";
import type { ModelDefinition } from "../../../src/domain/shared/model.js";
import { deepFreeze, modelRow } from "../fakes.js";

const ids = (rows: readonly ModelDefinition[]) => rows.map((row) => row.id);

describe("mergeCatalog", () => {
  const seed = [modelRow("a"), modelRow("b"), modelRow("c")];

  it("puts seed rows first in seed order, then new live rows in upstream order", () => {
    const merged = mergeCatalog(seed, [modelRow("z"), modelRow("b"), modelRow("y")]);
    expect(ids(merged)).toEqual(["a", "b", "c", "z", "y"]);
  });

  it("keeps the static row when a live row has the same id", () => {
    const live = modelRow("b", { name: "Live B", contextWindow: 1, input: ["text", "image"] });
    const merged = mergeCatalog(seed, [live]);
    expect(merged[1]).toBe(seed[1]);
    expect(merged).not.toContain(live);
  });

  it("keeps the first of duplicate live rows", () => {
    const first = modelRow("z", { name: "first" });
    const merged = mergeCatalog(seed, [first, modelRow("z", { name: "second" })]);
    expect(merged.slice(3)).toEqual([first]);
  });

  it("serves the seed alone when there are no live rows", () => {
    expect(mergeCatalog(seed, [])).toEqual(seed);
  });

  it("returns a new array and leaves its inputs alone", () => {
    const live = [modelRow("z")];
    const merged = mergeCatalog(deepFreeze(seed), deepFreeze(live));
    expect(merged).not.toBe(seed);
    expect(ids(seed)).toEqual(["a", "b", "c"]);
  });

  it("caps the catalog at 5000 rows, seed rows kept", () => {
    expect(MAX_CATALOG_ROWS).toBe(5_000);
    const live = Array.from({ length: 6_000 }, (_, i) => modelRow(`live-${i}`));
    const merged = mergeCatalog(seed, live);
    expect(merged).toHaveLength(5_000);
    expect(merged.slice(0, 3)).toEqual(seed);
    expect(merged.at(-1)?.id).toBe("live-4996");
  });

  it("honours a smaller cap, truncating even the seed", () => {
    expect(ids(mergeCatalog(seed, [modelRow("z")], 4))).toEqual(["a", "b", "c", "z"]);
    expect(ids(mergeCatalog(seed, [modelRow("z")], 2))).toEqual(["a", "b"]);
  });
});

/** Rows drawn from a small id pool, so seed/live collisions and live duplicates are common. */
const row = fc
  .record({
    id: fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"),
    name: fc.string(),
    contextWindow: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map(({ id, ...rest }) => modelRow(id, rest));
const seedRows = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 6 });
const liveRows = fc.array(row, { maxLength: 20 });

describe("mergeCatalog properties", () => {
  it("never alters seed rows and keeps them first, in order, when they fit", () => {
    fc.assert(
      fc.property(seedRows, liveRows, (seed, live) => {
        const before = structuredClone(seed);
        const merged = mergeCatalog(deepFreeze(seed), deepFreeze(live));
        expect(seed).toEqual(before);
        for (const [i, r] of seed.entries()) expect(merged[i]).toBe(r);
      }),
    );
  });

  it("has unique ids and at most the cap, whatever the cap", () => {
    fc.assert(
      fc.property(seedRows, liveRows, fc.nat({ max: 12 }), (seed, live, cap) => {
        const merged = mergeCatalog(seed, live, cap);
        expect(merged.length).toBeLessThanOrEqual(cap);
        expect(new Set(ids(merged)).size).toBe(merged.length);
      }),
    );
  });

  it("adds exactly the first occurrence of each live id the seed lacks, in upstream order", () => {
    fc.assert(
      fc.property(seedRows, liveRows, (seed, live) => {
        const seedIds = new Set(ids(seed));
        const expected = live.filter(
          (r, i) => !seedIds.has(r.id) && live.findIndex((o) => o.id === r.id) === i,
        );
        const added = mergeCatalog(seed, live).slice(seed.length);
        expect(added).toHaveLength(expected.length);
        for (const [i, r] of expected.entries()) expect(added[i]).toBe(r);
      }),
    );
  });
});
