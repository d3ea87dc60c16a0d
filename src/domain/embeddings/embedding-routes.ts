import type { LiveModelCandidate } from "../../ports/model-source.port.js";
import { isUsableModelId } from "../shared/values.js";

const EMBEDDING_TYPES = new Set(["embedding", "embeddings", "text-embedding"]);

/**
 * A live row is an embedding route only on evidence: `type: "embedding"` (or a spelling
 * of it) or `capabilities.embeddings: true`. Chat rows never are, whatever their name says.
 */
export function isEmbeddingRoute(row: LiveModelCandidate): boolean {
  if (!isUsableModelId(row.id)) return false;
  if (row.capabilities?.embeddings === true) return true;
  return typeof row.type === "string" && EMBEDDING_TYPES.has(row.type.trim().toLowerCase());
}

/** The embedding routes a listing declares, sorted and without repeats (bounded like rows). */
export function embeddingRouteIds(rows: readonly LiveModelCandidate[], limit: number): string[] {
  const ids = new Set<string>();
  for (const row of rows.slice(0, limit)) {
    if (isEmbeddingRoute(row)) ids.add(row.id as string);
  }
  return [...ids].sort(compareIds);
}

/** Code-unit order: stable across locales and refreshes, so the choice never flips. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
