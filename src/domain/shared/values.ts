/** Small judgements on untrusted values, shared by the catalog policies. */

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function positiveSafeInteger(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

export function nonNegativePrice(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
}

/** C0, DEL and C1 control characters: never valid in a model id. */
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

export const MAX_MODEL_ID_LENGTH = 256;

/**
 * A model id we can put in config, logs and URLs: non-empty, no surrounding whitespace
 * (so " gpt-5.5" can never pose as a second "gpt-5.5"), bounded, no control characters.
 */
export function isUsableModelId(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.length > 0 &&
    value === value.trim() &&
    value.length <= MAX_MODEL_ID_LENGTH &&
    !hasControlCharacter(value)
  );
}

export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim().length > 0 ? value : undefined;
}

/** Reads a nested property of untrusted data; anything off the path is `undefined`. */
export function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) current = isPlainObject(current) ? current[key] : undefined;
  return current;
}
