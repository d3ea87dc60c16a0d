import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DiscoveryEntry,
  DiscoveryStore,
} from "../../../src/domain/catalog/discovery-store.js";
import { modelRow } from "../fakes.js";

const pending = () => new Promise<never>(() => {});

describe("DiscoveryStore entries", () => {
  it("creates an empty entry on first use and returns the same one after", () => {
    const store = new DiscoveryStore(4);
    const entry = store.entry("a");
    expect(entry).toEqual({});
    entry.failing = { failure: { kind: "unavailable", reason: "timeout" }, count: 2, retryAt: 5 };
    expect(store.entry("a")).toBe(entry);
    expect(store.entry("a").failing?.count).toBe(2);
    expect(store.size).toBe(1);
  });

  it("forgets the oldest entries beyond the limit", () => {
    const store = new DiscoveryStore(2);
    const a = store.entry("a");
    const b = store.entry("b");
    const c = store.entry("c");
    expect(store.size).toBe(2);
    expect(store.entry("b")).toBe(b);
    expect(store.entry("c")).toBe(c);
    expect(store.entry("a")).not.toBe(a);
  });

  it("never forgets an entry with a request in flight", () => {
    const store = new DiscoveryStore(2);
    const a = store.entry("a");
    a.inFlight = pending();
    const b = store.entry("b");
    store.entry("c");
    expect(store.size).toBe(2);
    expect(store.entry("a")).toBe(a);
    expect(store.entry("b")).not.toBe(b);
  });

  it("keeps the entry it just created even when every older entry is in flight", () => {
    const store = new DiscoveryStore(1);
    const a = store.entry("a");
    a.inFlight = pending();
    const b = store.entry("b");
    // The bound is exceeded while "a" is in flight, rather than dropping the new entry.
    expect(store.size).toBe(2);
    expect(store.entry("b")).toBe(b);
    expect(store.entry("a")).toBe(a);
  });

  it("comes back within its limit at the next new entry once nothing is in flight", () => {
    const store = new DiscoveryStore(1);
    const a = store.entry("a");
    a.inFlight = pending();
    store.entry("b");
    a.inFlight = undefined;
    const c = store.entry("c");
    expect(store.size).toBe(1);
    expect(store.entry("c")).toBe(c);
  });

  it("whatever the traffic: keeps what it hands out, never drops in-flight entries, exceeds the limit only for them", () => {
    const op = fc.tuple(
      fc.constantFrom("a", "b", "c", "d", "e", "f"),
      fc.constantFrom("use", "start", "settle"),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(op, { maxLength: 40 }), (max, ops) => {
        const store = new DiscoveryStore(max);
        const handedOut = new Map<string, DiscoveryEntry>();
        const inFlight = new Map<string, DiscoveryEntry>();
        for (const [key, action] of ops) {
          const entry = store.entry(key);
          const created = handedOut.get(key) !== entry;
          handedOut.set(key, entry);
          // The entry just handed out is still the one the store holds.
          expect(store.entry(key)).toBe(entry);
          if (created) {
            // Only entries in flight (and the new one) may push the store past its limit.
            const others = [...inFlight.keys()].filter((k) => k !== key).length;
            expect(store.size).toBeLessThanOrEqual(Math.max(max, others + 1));
          }
          if (action === "start") {
            entry.inFlight = pending();
            inFlight.set(key, entry);
          } else if (action === "settle") {
            entry.inFlight = undefined;
            inFlight.delete(key);
          }
          for (const [k, e] of inFlight) expect(store.entry(k)).toBe(e);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("DiscoveryStore known catalogs", () => {
  const rows = [modelRow("x")];
  const at = (fetchedAt: number) => ({ models: rows, fetchedAt });

  it("remembers a catalog per base URL and forgets it on undefined", () => {
    const store = new DiscoveryStore(4);
    expect(store.known("https://a", 0)).toBeUndefined();
    store.remember("https://a", at(100));
    store.remember("https://b", at(100));
    expect(store.known("https://a", 0)).toBe(rows);
    expect(store.known("https://c", 0)).toBeUndefined();
    store.remember("https://a", undefined);
    expect(store.known("https://a", 0)).toBeUndefined();
    expect(store.known("https://b", 0)).toBe(rows);
  });

  it("serves a catalog only if it was fetched at or after notBefore, and keeps it either way", () => {
    const store = new DiscoveryStore(4);
    store.remember("https://a", at(100));
    expect(store.known("https://a", 99)).toBe(rows);
    expect(store.known("https://a", 100)).toBe(rows);
    expect(store.known("https://a", 101)).toBeUndefined();
    expect(store.known("https://a", 100)).toBe(rows);
  });

  it("replaces the catalog of a base URL, with its fetch time", () => {
    const store = new DiscoveryStore(4);
    const newer = [modelRow("y")];
    store.remember("https://a", at(100));
    store.remember("https://a", { models: newer, fetchedAt: 200 });
    expect(store.known("https://a", 150)).toBe(newer);
    expect(store.known("https://a", 201)).toBeUndefined();
  });

  it("keeps at most the limit, forgetting the oldest base URL first", () => {
    const store = new DiscoveryStore(2);
    for (const url of ["https://a", "https://b", "https://c"]) store.remember(url, at(0));
    expect(store.known("https://a", 0)).toBeUndefined();
    expect(store.known("https://b", 0)).toBe(rows);
    expect(store.known("https://c", 0)).toBe(rows);
  });

  it("counts a base URL remembered again as the newest", () => {
    const store = new DiscoveryStore(2);
    store.remember("https://a", at(0));
    store.remember("https://b", at(0));
    store.remember("https://a", at(1));
    store.remember("https://c", at(2));
    expect(store.known("https://a", 0)).toBe(rows);
    expect(store.known("https://b", 0)).toBeUndefined();
    expect(store.known("https://c", 0)).toBe(rows);
  });
});

describe("DiscoveryStore.findKnown", () => {
  it("finds a row by id in any base URL's catalog, newest catalog first, if young enough", () => {
    const store = new DiscoveryStore(4);
    const older = modelRow("shared", { maxTokens: 1 });
    const newer = modelRow("shared", { maxTokens: 2 });
    store.remember("https://a", { models: [older, modelRow("only-a")], fetchedAt: 100 });
    store.remember("https://b", { models: [newer], fetchedAt: 200 });
    expect(store.findKnown("shared", 0)).toBe(newer);
    expect(store.findKnown("only-a", 0)?.id).toBe("only-a");
    expect(store.findKnown("only-a", 150)).toBeUndefined();
    expect(store.findKnown("shared", 150)).toBe(newer);
    expect(store.findKnown("nowhere", 0)).toBeUndefined();
  });
});
