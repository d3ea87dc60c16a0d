import { isPlainObject } from "../../../domain/shared/values.js";
import type { EmbeddingRow, EmbeddingUsage } from "../../../ports/embedding-source.port.js";
import { parseJson } from "../json-body.js";

/** The OpenAI-compatible request TaaS takes: float vectors, one per input, in order. */
export function embeddingsRequestBody(model: string, inputs: readonly string[]): string {
  return JSON.stringify({ model, input: inputs, encoding_format: "float" });
}

/** `{ data: [{ index, embedding }], usage }`; null when the body is not that shape. */
export function parseEmbeddingsBody(
  body: string,
): { rows: EmbeddingRow[]; usage?: EmbeddingUsage } | null {
  const json = parseJson(body);
  if (!isPlainObject(json) || !Array.isArray(json.data)) return null;
  const rows = json.data.map(
    (row): EmbeddingRow =>
      isPlainObject(row)
        ? { index: row.index, embedding: row.embedding }
        : { embedding: undefined },
  );
  const usage = isPlainObject(json.usage) ? usageOf(json.usage) : undefined;
  return usage ? { rows, usage } : { rows };
}

function usageOf(usage: Record<string, unknown>): EmbeddingUsage | undefined {
  const promptTokens = count(usage.prompt_tokens);
  const totalTokens = count(usage.total_tokens);
  if (promptTokens === undefined && totalTokens === undefined) return undefined;
  return {
    ...(promptTokens === undefined ? {} : { promptTokens }),
    ...(totalTokens === undefined ? {} : { totalTokens }),
  };
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}
