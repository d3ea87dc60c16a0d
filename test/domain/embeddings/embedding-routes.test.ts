import { describe, expect, it } from "vitest";
import * as routes from "../../../src/domain/embeddings/embedding-routes.js";

describe("embedding routes in a listing", () => {
  it("are rows typed as embeddings or declaring the capability, never chat rows", () => {
    expect(routes.isEmbeddingRoute({ id: "bge-m3", type: "embedding" })).toBe(true);
    expect(routes.isEmbeddingRoute({ id: "e5", type: " Embeddings " })).toBe(true);
    expect(routes.isEmbeddingRoute({ id: "te", type: "text-embedding" })).toBe(true);
    expect(routes.isEmbeddingRoute({ id: "x", capabilities: { embeddings: true } })).toBe(true);
    expect(routes.isEmbeddingRoute({ id: "text-embedding-look-alike", type: "chat" })).toBe(false);
    expect(routes.isEmbeddingRoute({ id: "gpt-5.5", capabilities: { embeddings: "yes" } })).toBe(
      false,
    );
    expect(routes.isEmbeddingRoute({ id: "untyped" })).toBe(false);
    expect(routes.isEmbeddingRoute({ id: " bge-m3", type: "embedding" })).toBe(false);
    expect(routes.isEmbeddingRoute({ id: 7, type: "embedding" })).toBe(false);
  });

  it("are listed sorted, once each, within the row bound", () => {
    const rows = [
      { id: "z-embed", type: "embedding" },
      { id: "gpt-5.5", type: "chat" },
      { id: "bge-m3", type: "embedding" },
      { id: "bge-m3", type: "embedding" },
      { id: "a-late", type: "embedding" },
    ];
    expect(routes.embeddingRouteIds(rows, 10)).toEqual(["a-late", "bge-m3", "z-embed"]);
    expect(routes.embeddingRouteIds(rows, 3)).toEqual(["bge-m3", "z-embed"]);
  });

  it("compare by code unit, whatever the locale", () => {
    expect(["b", "B", "a", "a"].sort(routes.compareIds)).toEqual(["B", "a", "a", "b"]);
  });
});
