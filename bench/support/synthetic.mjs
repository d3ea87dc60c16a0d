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
