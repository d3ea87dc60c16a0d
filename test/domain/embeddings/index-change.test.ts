import { describe, expect, it } from "vitest";
import { embeddingSpaceChangeNotice } from "../../../src/domain/embeddings/index-change.js";

describe("embedding space changes", () => {
  const bge = { model: "bge-m3", dimensions: 1024 };

  it("say nothing the first time or when nothing changed", () => {
    expect(embeddingSpaceChangeNotice(undefined, bge)).toBeUndefined();
    expect(embeddingSpaceChangeNotice(bge, { ...bge })).toBeUndefined();
  });

  it("tell the operator to rebuild on a new model or a new dimension", () => {
    const model = embeddingSpaceChangeNotice(bge, { model: "e5", dimensions: 1024 });
    expect(model).toMatch(/bge-m3 \(1024 dimensions\) to e5 \(1024 dimensions\)/);
    expect(model).toMatch(/openclaw memory index --force/);
    expect(embeddingSpaceChangeNotice(bge, { model: "bge-m3", dimensions: 512 })).toMatch(
      /to bge-m3 \(512 dimensions\)/,
    );
  });
});
