/**
 * Hand-written fakes and fixtures for the domain tests: no SDK, no DI container, no adapters.
 * The seed is read from the real plugin manifest, the single source of truth for it.
 */
import { readFileSync } from "node:fs";
import { CatalogDiscovery } from "../../src/domain/catalog/discovery.js";
import type { DiscoveryPolicy } from "../../src/domain/catalog/discovery-policy.js";
import { DiscoveryStore } from "../../src/domain/catalog/discovery-store.js";
import { seedCatalogFromManifest } from "../../src/domain/catalog/seed-catalog.js";
import type { ModelDefinition } from "../../src/domain/shared/model.js";
import type { Clock } from "../../src/ports/clock.port.js";
import type { SecretFingerprint } from "../../src/ports/fingerprint.port.js";
import type {
  LiveModelCandidate,
  ModelListing,
  ModelListingQuery,
  ModelSource,
} from "../../src/ports/model-source.port.js";
import type { PluginLog } from "../../src/ports/plugin-log.port.js";
import type { UpstreamFailure } from "../../src/ports/upstream-failure.port.js";

/** One failure of every class (and every unavailable reason) a TaaS call can report. */
export const UPSTREAM_FAILURES: readonly UpstreamFailure[] = [
  { kind: "auth-rejected", status: 401 },
  { kind: "auth-rejected", status: 403 },
  { kind: "payment-required", status: 402 },
  { kind: "rate-limited", status: 429, retryAfterMs: 20_000 },
  { kind: "http", status: 404 },
  { kind: "http", status: 500 },
  { kind: "unavailable", reason: "network" },
  { kind: "unavailable", reason: "timeout" },
  { kind: "unavailable", reason: "malformed" },
  { kind: "unavailable", reason: "refused" },
  { kind: "unavailable", reason: "too-large" },
];

export const MANIFEST_URL = new URL("../../openclaw.plugin.json", import.meta.url);

export function readManifest(): unknown {
  return JSON.parse(readFileSync(MANIFEST_URL, "utf8"));
}

export function realSeed(): ModelDefinition[] {
  return seedCatalogFromManifest(readManifest());
}

/** A ModelSource that records every query and answers with `respond`. */
export class FakeModelSource implements ModelSource {
  readonly calls: ModelListingQuery[] = [];

  constructor(
    private readonly respond: (query: ModelListingQuery) => ModelListing | Promise<ModelListing>,
  ) {}

  static listing(rows: readonly LiveModelCandidate[]): FakeModelSource {
    return new FakeModelSource(() => ({ ok: true, rows }));
  }

  /** Answers with `listings` in turn, the last one repeated. */
  static sequence(...listings: ModelListing[]): FakeModelSource {
    const source: FakeModelSource = new FakeModelSource(
      () => listings[Math.min(source.calls.length - 1, listings.length - 1)] as ModelListing,
    );
    return source;
  }

  async listModels(query: ModelListingQuery): Promise<ModelListing> {
    this.calls.push(query);
    return this.respond(query);
  }
}

/** A live row that is a chat route, with the given overrides. */
export function chatRow(
  id: string,
  overrides: Partial<LiveModelCandidate> = {},
): LiveModelCandidate {
  return { id, type: "chat", ...overrides };
}

/** A well-formed catalog row, with the given overrides. */
export function modelRow(id: string, overrides: Partial<ModelDefinition> = {}): ModelDefinition {
  return {
    id,
    name: id.toUpperCase(),
    reasoning: false,
    input: ["text"],
    cost: { input: 1, output: 2, cacheRead: 0, cacheWrite: 0 },
    contextWindow: 64_000,
    maxTokens: 4_096,
    ...overrides,
  };
}

/** Freezes a value and everything reachable from it, so any mutation throws (ESM is strict). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}

/** A clock the test moves by hand: TTL and backoff are checked by counts, never by waiting. */
export class FakeClock implements Clock {
  constructor(public time = 1_000_000) {}

  now(): number {
    return this.time;
  }

  advance(ms: number): void {
    this.time += ms;
  }
}

/** A fingerprint that never contains the secret, and records what it was asked. */
export class FakeFingerprint implements SecretFingerprint {
  readonly calls: string[] = [];
  private readonly known = new Map<string, string>();

  of(secret: string): string {
    this.calls.push(secret);
    if (!this.known.has(secret)) this.known.set(secret, `fp${this.known.size + 1}`);
    return this.known.get(secret) as string;
  }
}

export class RecordingLog implements PluginLog {
  readonly warnings: string[] = [];
  readonly infos: string[] = [];

  warn(message: string): void {
    this.warnings.push(message);
  }

  info(message: string): void {
    this.infos.push(message);
  }

  get lines(): string[] {
    return [...this.warnings, ...this.infos];
  }
}

/** The real store, recording every key it is asked for. */
export class RecordingStore extends DiscoveryStore {
  readonly keys: string[] = [];

  override entry(key: string) {
    this.keys.push(key);
    return super.entry(key);
  }
}

/** Short windows, so tests read as arithmetic. */
export const TEST_POLICY: DiscoveryPolicy = {
  ttlMs: 1_000,
  lastGoodMaxAgeMs: 10_000,
  backoffBaseMs: 100,
  backoffCapMs: 400,
  maxEntries: 8,
};

/** A CatalogDiscovery wired with fakes; every collaborator is returned for inspection. */
export function discoveryHarness(
  source: FakeModelSource,
  seed: readonly ModelDefinition[] = realSeed(),
  policy: DiscoveryPolicy = TEST_POLICY,
) {
  const clock = new FakeClock();
  const fingerprint = new FakeFingerprint();
  const log = new RecordingLog();
  const store = new RecordingStore(policy.maxEntries);
  const discovery = new CatalogDiscovery({ seed, source, store, clock, fingerprint, log, policy });
  return { discovery, source, seed, clock, fingerprint, log, store, policy };
}

/** A promise the test settles by hand, to hold a request in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
