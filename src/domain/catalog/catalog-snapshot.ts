import type { UpstreamFailure } from "../../ports/upstream-failure.port.js";
import type { CatalogSource, ModelDefinition } from "../shared/model.js";

export interface CatalogSnapshot {
  readonly models: readonly ModelDefinition[];
  /** `live`: upstream just confirmed it; `cache`: last good copy; `static`: the seed alone. */
  readonly source: CatalogSource;
  /** Set while upstream is failing (the seed or the last good copy is served instead). */
  readonly failure?: UpstreamFailure;
  /** Embedding route ids the listing declared (sorted); absent when none was fetched. */
  readonly embeddingModels?: readonly string[];
}

/** What a host that understands catalog outcomes is told about discovery. */
export type CatalogOutcome = "ready" | "auth-rejected" | "unavailable";

export function outcomeOf(snapshot: CatalogSnapshot): CatalogOutcome {
  if (!snapshot.failure) return "ready";
  return snapshot.failure.kind === "auth-rejected" ? "auth-rejected" : "unavailable";
}
