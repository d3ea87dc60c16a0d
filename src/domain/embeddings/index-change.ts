/** What an index was built with: a change in either means its vectors are incomparable. */
export interface EmbeddingSpace {
  readonly model: string;
  readonly dimensions: number;
}

/**
 * The operator's notice when the embedding space changes under an index: vectors of one
 * model (or size) must never be searched with another's, so the index must be rebuilt.
 */
export function embeddingSpaceChangeNotice(
  previous: EmbeddingSpace | undefined,
  current: EmbeddingSpace,
): string | undefined {
  if (!previous) return undefined;
  if (previous.model === current.model && previous.dimensions === current.dimensions) {
    return undefined;
  }
  return (
    `CloudSigma embeddings changed from ${describe(previous)} to ${describe(current)}; ` +
    "rebuild the memory index with `openclaw memory index --force` before searching it."
  );
}

function describe(space: EmbeddingSpace): string {
  return `${space.model} (${space.dimensions} dimensions)`;
}
