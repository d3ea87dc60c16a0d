/**
 * Synthetic TaaS `GET /v1/models` bodies shaped like the real ones: every row a distinct chat
 * route with capabilities, limits and pricing, a few vision and reasoning routes among them.
 */
export function syntheticRow(i) {
  return {
    id: `bench-model-${String(i).padStart(6, "0")}`,
    object: "model",
    name: `Bench Model ${i}`,
    type: i % 7 === 0 ? "vision" : "chat",
    capabilities: {
      chat_completions: true,
      vision: i % 7 === 0,
      reasoning: i % 5 === 0,
      thinking: false,
    },
    context_window: 128_000 + (i % 8) * 1024,
    max_output_tokens: 8192,
    pricing: { input: 0.25 + (i % 10) / 10, output: 1 + (i % 10) / 5 },
  };
}

export function syntheticRows(n, offset = 0) {
  return Array.from({ length: n }, (_, i) => syntheticRow(offset + i));
}

export function syntheticModelsBody(n) {
  return JSON.stringify({ object: "list", data: syntheticRows(n) });
}

/** A deterministic unit-scale embedding for input `i`: what any index would accept. */
export function syntheticVector(i, dims) {
  const vector = new Array(dims);
  for (let d = 0; d < dims; d++) vector[d] = Math.round(Math.sin(i * 7919 + d) * 1e8) / 1e8;
  return vector;
}

/** TaaS `POST /v1/embeddings` answer rows for `n` inputs, in order. */
export function syntheticEmbeddingRows(n, dims) {
  return Array.from({ length: n }, (_, index) => ({
    index,
    embedding: syntheticVector(index, dims),
  }));
}

export function syntheticEmbeddingsBody(n, dims) {
  return JSON.stringify({
    object: "list",
    data: syntheticEmbeddingRows(n, dims).map((row) => ({ object: "embedding", ...row })),
    usage: { prompt_tokens: n * 100, total_tokens: n * 100 },
  });
}
