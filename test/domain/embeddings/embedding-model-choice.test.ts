import { describe, expect, it } from "vitest";
import {
  chooseEmbeddingModel,
  embeddingModelId,
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

  it("reads our provider's prefix off a model ref and leaves others alone", () => {
    const ours = ["cloudsigma", "cloudsigma-taas"];
    expect(embeddingModelId("cloudsigma/bge-m3", ours)).toBe("bge-m3");
    expect(embeddingModelId(" CloudSigma-TaaS/ e5 ", ours)).toBe("e5");
    expect(embeddingModelId("openai/text-embedding-3-small", ours)).toBe(
      "openai/text-embedding-3-small",
    );
    expect(embeddingModelId("/x", ours)).toBe("/x");
    expect(embeddingModelId(undefined, ours)).toBeUndefined();
  });
});
