/**
 * Fakes for the use-case tests: the real domain, hand-written ports, no SDK, no DI.
 * The seed is read from the real plugin manifest, the single source of truth for it.
 */
import { readFileSync } from "node:fs";
import { CatalogService } from "../../src/domain/catalog/catalog-service.js";
import { CatalogDiscovery } from "../../src/domain/catalog/discovery.js";
import { DEFAULT_DISCOVERY_POLICY } from "../../src/domain/catalog/discovery-policy.js";
import { DiscoveryStore } from "../../src/domain/catalog/discovery-store.js";
import { seedCatalogFromManifest } from "../../src/domain/catalog/seed-catalog.js";
import type {
  CredentialSource,
  KeyRequest,
  ProviderCredentials,
} from "../../src/ports/credential-source.port.js";
import type {
  EmbeddingAnswer,
  EmbeddingQuery,
  EmbeddingSource,
} from "../../src/ports/embedding-source.port.js";
import type {
  LiveModelCandidate,
  ModelListing,
  ModelListingQuery,
  ModelSource,
} from "../../src/ports/model-source.port.js";
import type { PluginLog } from "../../src/ports/plugin-log.port.js";
import type {
  ImageDescriptionAnswer,
  ImageDescriptionQuery,
  VisionSource,
} from "../../src/ports/vision-source.port.js";

export const SEED = seedCatalogFromManifest(
  JSON.parse(readFileSync(new URL("../../openclaw.plugin.json", import.meta.url), "utf8")),
);

export const BASE_URL = "https://eu.taas.example/v1";
export const CONFIG = { models: { providers: { cloudsigma: { baseUrl: BASE_URL } } } };

/** A place in the key path that answers fixed credentials and counts how often it was asked. */
export class FixedKey implements CredentialSource {
  readonly requests: KeyRequest[] = [];

  constructor(private readonly answer: ProviderCredentials = {}) {}

  async credentials(request: KeyRequest): Promise<ProviderCredentials> {
    this.requests.push(request);
    return this.answer;
  }
}

/** A TaaS listing that records its queries; `hold()` keeps the next answers pending. */
export class FakeModelSource implements ModelSource {
  readonly calls: ModelListingQuery[] = [];
  private gate: Promise<void> = Promise.resolve();
  private open: () => void = () => undefined;

  constructor(private readonly rows: readonly LiveModelCandidate[]) {}

  hold(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve;
    });
  }

  release(): void {
    this.open();
  }

  async listModels(query: ModelListingQuery): Promise<ModelListing> {
    this.calls.push(query);
    await this.gate;
    return { ok: true, rows: this.rows };
  }
}

/** The real catalog over a fake listing, with the default policy and a fixed clock. */
export function catalogOver(source: ModelSource): CatalogService {
  const discovery = new CatalogDiscovery({
    seed: SEED,
    source,
    store: new DiscoveryStore(DEFAULT_DISCOVERY_POLICY.maxEntries),
    clock: { now: () => 1_000_000 },
    fingerprint: { of: (secret) => `fp-${secret.length}` },
    log: new RecordingLog(),
    policy: DEFAULT_DISCOVERY_POLICY,
  });
  return new CatalogService(SEED, discovery);
}

export class RecordingLog implements PluginLog {
  readonly warnings: string[] = [];

  warn(message: string): void {
    this.warnings.push(message);
  }

  info(): void {}
}

/** Embeddings of a fixed size per model; `fail` answers the given failure instead. */
export class FakeEmbeddings implements EmbeddingSource {
  readonly queries: EmbeddingQuery[] = [];

  constructor(
    private readonly sizes: Readonly<Record<string, number>>,
    private readonly fail?: (query: EmbeddingQuery) => EmbeddingAnswer | undefined,
  ) {}

  async embed(query: EmbeddingQuery): Promise<EmbeddingAnswer> {
    this.queries.push(query);
    const failure = this.fail?.(query);
    if (failure) return failure;
    const size = this.sizes[query.model] ?? 3;
    return {
      ok: true,
      rows: query.inputs.map((text, index) => ({
        index,
        embedding: Array.from({ length: size }, (_, i) => (text.length + i) / 10),
      })),
    };
  }
}

export class FakeVision implements VisionSource {
  readonly queries: ImageDescriptionQuery[] = [];

  constructor(private readonly answer: ImageDescriptionAnswer) {}

  async describe(query: ImageDescriptionQuery): Promise<ImageDescriptionAnswer> {
    this.queries.push(query);
    return this.answer;
  }
}
