import type { ModelDefinition } from "../shared/model.js";

/** Upper bound on catalog size, so a runaway upstream cannot balloon the host's memory. */
export const MAX_CATALOG_ROWS = 5_000;

/**
 * Seed rows first, in seed order and unchanged; then live rows the seed does not
 * know, in upstream order, first occurrence wins. Static rows stay authoritative.
 */
export function mergeCatalog(
  seed: readonly ModelDefinition[],
  live: readonly ModelDefinition[],
  maxRows: number = MAX_CATALOG_ROWS,
): ModelDefinition[] {
  const merged = seed.slice(0, maxRows);
  const seen = new Set(merged.map((row) => row.id));
  for (const row of live) {
    if (merged.length >= maxRows) break;
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    merged.push(row);
  }
  return merged;
}
