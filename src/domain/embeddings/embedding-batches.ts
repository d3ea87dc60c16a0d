/** TaaS takes up to this many inputs per request, like OpenAI's endpoint does cheaply. */
export const MAX_BATCH_INPUTS = 64;
/** Bounds one request's body: long notes are split into more requests, never truncated. */
export const MAX_BATCH_CHARS = 256_000;

/**
 * Splits inputs into request-sized batches, in order: concatenating the batches gives the
 * inputs back. A single input longer than the char budget still gets its own batch (the
 * upstream decides whether it fits the model).
 */
export function embeddingBatches(
  inputs: readonly string[],
  maxInputs = MAX_BATCH_INPUTS,
  maxChars = MAX_BATCH_CHARS,
): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const text of inputs) {
    if (current.length > 0 && (current.length >= maxInputs || chars + text.length > maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += text.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
