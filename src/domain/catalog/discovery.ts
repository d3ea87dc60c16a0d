import type { Clock } from "../../ports/clock.port.js";
import type { ProviderCredentials } from "../../ports/credential-source.port.js";
import type { SecretFingerprint } from "../../ports/fingerprint.port.js";
import type {
  LiveModelCandidate,
  ModelListing,
  ModelSource,
} from "../../ports/model-source.port.js";
import type { PluginLog } from "../../ports/plugin-log.port.js";
import type { UpstreamFailure } from "../../ports/upstream-failure.port.js";
import { embeddingRouteIds } from "../embeddings/embedding-routes.js";
import { taasRequestTarget } from "../shared/base-url.js";
import type { ModelDefinition } from "../shared/model.js";
import {
  baseUrlRefusedMessage,
  discoveryFailedMessage,
  discoveryRecoveredMessage,
} from "../shared/upstream-error.js";
import { projectLiveModel } from "./capability-policy.js";
import { MAX_CATALOG_ROWS, mergeCatalog } from "./catalog-merge.js";
import type { CatalogSnapshot } from "./catalog-snapshot.js";
import { type DiscoveryPolicy, retryDelay } from "./discovery-policy.js";
import type { DiscoveryEntry, DiscoveryStore } from "./discovery-store.js";

export type { CatalogSnapshot } from "./catalog-snapshot.js";

export interface DiscoveryDependencies {
  readonly seed: readonly ModelDefinition[];
  readonly source: ModelSource;
  readonly store: DiscoveryStore;
  readonly clock: Clock;
  readonly fingerprint: SecretFingerprint;
  readonly log: PluginLog;
  readonly policy: DiscoveryPolicy;
}

const REFUSED: UpstreamFailure = { kind: "unavailable", reason: "refused" };
const CRASHED: UpstreamFailure = { kind: "unavailable", reason: "network" };

/**
 * When to ask upstream and what to serve. No key: the seed, no request. A fresh success:
 * reused for the TTL. Concurrent callers share one request. A failure: the last good live
 * catalog (bounded age) or the seed, logged once, and no new attempt until the backoff
 * window (or a rate limit's `Retry-After`, within the policy's bounds) has passed. A success with no chat rows: the seed, and the last good copy dropped.
 */
export class CatalogDiscovery {
  constructor(private readonly deps: DiscoveryDependencies) {}

  staticSnapshot(failure?: UpstreamFailure): CatalogSnapshot {
    const models = this.deps.seed;
    return failure ? { models, source: "static", failure } : { models, source: "static" };
  }

  /** The newest live catalog seen for a base URL, if still young enough to trust. */
  known(baseUrl: string): readonly ModelDefinition[] | undefined {
    const oldest = this.deps.clock.now() - this.deps.policy.lastGoodMaxAgeMs;
    return this.deps.store.known(baseUrl, oldest);
  }

  /** A live row by id from any base URL, for hooks whose context names no base URL. */
  findKnown(modelId: string): ModelDefinition | undefined {
    const oldest = this.deps.clock.now() - this.deps.policy.lastGoodMaxAgeMs;
    return this.deps.store.findKnown(modelId, oldest);
  }

  async discover(baseUrl: string, credentials: ProviderCredentials): Promise<CatalogSnapshot> {
    const { secret } = credentials;
    if (!secret) return this.staticSnapshot();
    if (!taasRequestTarget(baseUrl)) return this.refused(baseUrl);
    const entry = this.deps.store.entry(`${baseUrl}\u0000${this.deps.fingerprint.of(secret)}`);
    const now = this.deps.clock.now();
    if (entry.fresh && now < entry.fresh.expiresAt) return entry.fresh.snapshot;
    if (entry.inFlight) return entry.inFlight;
    if (entry.failing && now < entry.failing.retryAt) {
      return this.fallback(entry, entry.failing.failure, now);
    }
    const inFlight = this.refresh(entry, baseUrl, secret).finally(() => {
      entry.inFlight = undefined;
    });
    entry.inFlight = inFlight;
    return inFlight;
  }

  private async refresh(entry: DiscoveryEntry, baseUrl: string, secret: string) {
    let listing: ModelListing;
    try {
      listing = await this.deps.source.listModels({ baseUrl, secret });
    } catch {
      // The port promises not to throw; a defect there must still never reach the host.
      listing = { ok: false, failure: CRASHED };
    }
    const now = this.deps.clock.now();
    if (!listing.ok) return this.recordFailure(entry, baseUrl, listing.failure, now);

    const recovered = entry.failing !== undefined;
    entry.failing = undefined;
    const live = liveModels(listing.rows);
    // Embedding routes are remembered beside the chat rows, never merged into them.
    const embedding = withEmbeddingRoutes(embeddingRouteIds(listing.rows, MAX_CATALOG_ROWS));
    let snapshot: CatalogSnapshot;
    if (live.length === 0) {
      entry.lastGood = undefined;
      this.deps.store.remember(baseUrl, undefined);
      snapshot = { ...this.staticSnapshot(), ...embedding };
    } else {
      const models = mergeCatalog(this.deps.seed, live);
      entry.lastGood = { models, fetchedAt: now, ...embedding };
      this.deps.store.remember(baseUrl, entry.lastGood);
      snapshot = { models, source: "live", ...embedding };
    }
    entry.fresh = { snapshot, expiresAt: now + this.deps.policy.ttlMs };
    if (recovered) this.deps.log.info(discoveryRecoveredMessage(baseUrl));
    return snapshot;
  }

  private recordFailure(
    entry: DiscoveryEntry,
    baseUrl: string,
    failure: UpstreamFailure,
    now: number,
  ): CatalogSnapshot {
    const count = (entry.failing?.count ?? 0) + 1;
    const wait = retryDelay(count, failure, this.deps.policy);
    entry.failing = { failure, count, retryAt: now + wait };
    entry.fresh = undefined;
    const snapshot = this.fallback(entry, failure, now);
    if (count === 1) {
      const serving = snapshot.source === "cache" ? "last-good" : "static";
      this.deps.log.warn(discoveryFailedMessage(baseUrl, failure, serving, wait));
    }
    return snapshot;
  }

  /** While failing: the last good live catalog if young enough, else the seed. */
  private fallback(entry: DiscoveryEntry, failure: UpstreamFailure, now: number): CatalogSnapshot {
    const { lastGood } = entry;
    if (lastGood && now - lastGood.fetchedAt <= this.deps.policy.lastGoodMaxAgeMs) {
      const { models, embeddingModels = [] } = lastGood;
      return { models, source: "cache", failure, ...withEmbeddingRoutes(embeddingModels) };
    }
    return this.staticSnapshot(failure);
  }

  private refused(baseUrl: string): CatalogSnapshot {
    const entry = this.deps.store.entry(`${baseUrl}\u0000refused`);
    if (!entry.failing) {
      entry.failing = { failure: REFUSED, count: 1, retryAt: Number.POSITIVE_INFINITY };
      this.deps.log.warn(baseUrlRefusedMessage(baseUrl));
    }
    return this.staticSnapshot(REFUSED);
  }
}

/** Only listings that declared embedding routes carry the field. */
function withEmbeddingRoutes(ids: readonly string[]): { embeddingModels?: readonly string[] } {
  return ids.length > 0 ? { embeddingModels: ids } : {};
}

/** Projects upstream rows, skipping bad ones individually; bounded so a runaway list stays small. */
export function liveModels(rows: readonly LiveModelCandidate[]): ModelDefinition[] {
  const models: ModelDefinition[] = [];
  for (const row of rows.slice(0, MAX_CATALOG_ROWS)) {
    const model = projectLiveModel(row);
    if (model) models.push(model);
  }
  return models;
}
