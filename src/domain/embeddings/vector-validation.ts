import type { EmbeddingRow } from "../../ports/embedding-source.port.js";

export type VectorCheck =
  | { readonly ok: true; readonly vectors: number[][]; readonly dimensions: number }
  | { readonly ok: false; readonly message: string };

/** Upstream vectors larger than this are not embeddings any memory index should hold. */
export const MAX_DIMENSIONS = 16_384;

/**
 * Checks an upstream answer before anything reaches the index: one vector per input, each
 * index once, every value a finite number, one dimension throughout (and the expected one,
 * when an earlier batch or the index fixed it). Vectors come back in input order.
 */
export function validateVectors(
  rows: readonly EmbeddingRow[],
  expectedCount: number,
  expectedDimensions?: number,
): VectorCheck {
  if (rows.length !== expectedCount) {
    return fail(`returned ${rows.length} vectors for ${expectedCount} inputs`);
  }
  const vectors = new Array<number[] | undefined>(expectedCount);
  let dimensions = expectedDimensions;
  for (let position = 0; position < rows.length; position++) {
    const row = rows[position] as EmbeddingRow;
    const index = row.index === undefined ? position : row.index;
    if (typeof index !== "number" || !Number.isInteger(index) || index < 0) {
      return fail(`returned a vector with an invalid index at position ${position}`);
    }
    if (index >= expectedCount || vectors[index] !== undefined) {
      return fail(`returned a duplicate or out-of-range index ${index}`);
    }
    const vector = row.embedding;
    if (!Array.isArray(vector) || vector.length === 0 || vector.length > MAX_DIMENSIONS) {
      return fail(`returned no usable vector for input ${index}`);
    }
    if (!vector.every((value) => typeof value === "number" && Number.isFinite(value))) {
      return fail(`returned a non-finite number in the vector for input ${index}`);
    }
    dimensions ??= vector.length;
    if (vector.length !== dimensions) {
      return fail(`returned a ${vector.length}-dimension vector where ${dimensions} was expected`);
    }
    vectors[index] = vector as number[];
  }
  return { ok: true, vectors: vectors as number[][], dimensions: dimensions ?? 0 };
}

function fail(detail: string): VectorCheck {
  return { ok: false, message: `CloudSigma embeddings ${detail}; nothing was indexed.` };
}
