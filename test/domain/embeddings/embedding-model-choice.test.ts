import { describe, expect, it } from "vitest";
import {
  chooseEmbeddingModel,
  noEmbeddingRouteMessage,
} from "../../../src/domain/embeddings/embedding-model-choice.js";

describe("which embedding model", () => {
  it("is the configured one first, trimmed", () => {
    expect(chooseEmbeddingModel(" bge-m3 ", ["a-embed"])).toEqual({
      kind: "configured",
      model: "bge-m3",
    });
  });

  it("is otherwise the lowest discovered id, whatever order the listing had", () => {
    expect(chooseEmbeddingModel(undefined, ["text-embed-3", "bge-m3"])).toEqual({
      kind: "discovered",
      model: "bge-m3",
    });
    expect(chooseEmbeddingModel("", ["bge-m3", "text-embed-3"])).toEqual({
      kind: "discovered",
      model: "bge-m3",
    });
    expect(chooseEmbeddingModel(undefined, [" bad", "e5"])).toEqual({
      kind: "discovered",
      model: "e5",
    });
  });

  it("is none, with a clear message, when nothing is configured or discovered", () => {
    const none = chooseEmbeddingModel(undefined, []);
    expect(none).toEqual({ kind: "none", message: noEmbeddingRouteMessage() });
    expect(noEmbeddingRouteMessage()).toMatch(/No CloudSigma embedding route is known/);
    expect(chooseEmbeddingModel(42, [])).toEqual(none);
  });

  it("refuses a configured id it could not send", () => {
    const choice = chooseEmbeddingModel(`bge${"\u0007"}m3`, ["e5"]);
    expect(choice.kind).toBe("none");
  });
});
