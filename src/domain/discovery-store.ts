import type { ModelListingFailure } from "../ports/model-source.port.js";
import type { CatalogSnapshot } from "./catalog-snapshot.js";
import type { ModelDefinition } from "./model.js";

/** What discovery remembers for one base URL × key fingerprint. */
export interface DiscoveryEntry {
  fresh?: { readonly snapshot: CatalogSnapshot; readonly expiresAt: number };
  lastGood?: { readonly models: readonly ModelDefinition[]; readonly fetchedAt: number };
  inFlight?: Promise<CatalogSnapshot>;
  failures: number;
  retryAt: number;
  lastFailure?: ModelListingFailure;
}

/**
 * Process-wide memory of discovery, shared by every registration of the plugin (the host
 * registers it many times). Keys are base URL plus a key fingerprint, never the key.
 * Bounded: the least recently created entries are forgotten first, unless a request is
 * in flight for them.
 */
export class DiscoveryStore {
  private readonly entries = new Map<string, DiscoveryEntry>();
  private readonly knownByBaseUrl = new Map<string, readonly ModelDefinition[]>();

  constructor(private readonly maxEntries: number) {}

  entry(key: string): DiscoveryEntry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { failures: 0, retryAt: 0 };
      this.entries.set(key, entry);
      this.evictBeyondLimit();
    }
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The latest live catalog seen for a base URL, for synchronous model resolution. */
  known(baseUrl: string): readonly ModelDefinition[] | undefined {
    return this.knownByBaseUrl.get(baseUrl);
  }

  remember(baseUrl: string, models: readonly ModelDefinition[] | undefined): void {
    if (models) this.knownByBaseUrl.set(baseUrl, models);
    else this.knownByBaseUrl.delete(baseUrl);
    while (this.knownByBaseUrl.size > this.maxEntries) {
      const oldest = this.knownByBaseUrl.keys().next().value as string;
      this.knownByBaseUrl.delete(oldest);
    }
  }

  private evictBeyondLimit(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries) return;
      if (!entry.inFlight) this.entries.delete(key);
    }
  }
}
