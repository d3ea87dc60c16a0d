import type { UpstreamFailure } from "../../ports/upstream-failure.port.js";
import type { ModelDefinition } from "../shared/model.js";
import type { CatalogSnapshot } from "./catalog-snapshot.js";

/** A run of consecutive failures: what went wrong, how often, and when to try again. */
export interface FailureStreak {
  readonly failure: UpstreamFailure;
  readonly count: number;
  readonly retryAt: number;
}

/** What discovery remembers for one base URL × key fingerprint. */
export interface DiscoveryEntry {
  fresh?: { readonly snapshot: CatalogSnapshot; readonly expiresAt: number };
  lastGood?: LiveCatalog;
  inFlight?: Promise<CatalogSnapshot>;
  failing?: FailureStreak;
}

export interface LiveCatalog {
  readonly models: readonly ModelDefinition[];
  /** Embedding route ids the same listing declared, sorted. */
  readonly embeddingModels?: readonly string[];
  readonly fetchedAt: number;
}

/**
 * Process-wide memory of discovery, shared by every registration of the plugin (the host
 * registers it many times). Keys are base URL plus a key fingerprint, never the key.
 * Bounded: the least recently created idle entries are forgotten first; entries with a
 * request in flight are kept, so the bound can be exceeded only by concurrent refreshes.
 */
export class DiscoveryStore {
  private readonly entries = new Map<string, DiscoveryEntry>();
  private readonly knownByBaseUrl = new Map<string, LiveCatalog>();

  constructor(private readonly maxEntries: number) {}

  entry(key: string): DiscoveryEntry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {};
      this.entries.set(key, entry);
      this.evictBeyondLimit(key);
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The latest live catalog seen for a base URL, if fetched at or after `notBefore`. */
  known(baseUrl: string, notBefore: number): readonly ModelDefinition[] | undefined {
    const live = this.knownByBaseUrl.get(baseUrl);
    return live && live.fetchedAt >= notBefore ? live.models : undefined;
  }

  /** A row by id from any base URL's live catalog fetched at or after `notBefore`, newest first. */
  findKnown(modelId: string, notBefore: number): ModelDefinition | undefined {
    const catalogs = [...this.knownByBaseUrl.values()].reverse();
    for (const live of catalogs) {
      if (live.fetchedAt < notBefore) continue;
      const row = live.models.find((model) => model.id === modelId);
      if (row) return row;
    }
    return undefined;
  }

  remember(baseUrl: string, live: LiveCatalog | undefined): void {
    this.knownByBaseUrl.delete(baseUrl); // re-inserted last, so the oldest go first
    if (live) this.knownByBaseUrl.set(baseUrl, live);
    while (this.knownByBaseUrl.size > this.maxEntries) {
      const oldest = this.knownByBaseUrl.keys().next().value as string;
      this.knownByBaseUrl.delete(oldest);
    }
  }

  /** Forgets the oldest idle entries; the one just created and those in flight are kept. */
  private evictBeyondLimit(keep: string): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries) return;
      if (key !== keep && !entry.inFlight) this.entries.delete(key);
    }
  }
}
