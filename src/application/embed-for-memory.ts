import type { EmbeddingService } from "../domain/embeddings/embedding-service.js";
import { resolveBaseUrl } from "../domain/shared/base-url.js";
import { PROVIDER_ID } from "../domain/shared/model.js";
import type { UpstreamError } from "../domain/shared/upstream-error.js";
import type { PluginLog } from "../ports/plugin-log.port.js";
import type { OperatorKey } from "./operator-key.js";
import type { RouteLookup } from "./route-lookup.js";

/** What identifies a memory index: another model, gateway or vector size is another index. */
export interface IndexIdentity {
  readonly provider: string;
  readonly model: string;
  readonly baseUrl: string;
  readonly dimensions: number;
}

export type Outcome<T> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly error: UpstreamError };

/** An embedder fixed to one model for the life of one memory index. */
export interface MemoryEmbedder {
  readonly model: string;
  readonly index: IndexIdentity;
  embed(texts: readonly string[]): Promise<Outcome<{ readonly vectors: number[][] }>>;
}

export interface EmbedForMemoryDependencies {
  readonly embeddings: EmbeddingService;
  readonly key: OperatorKey;
  readonly routes: RouteLookup;
  readonly log: PluginLog;
}

const WHAT = "embeddings";

/**
 * Memory search's embedder: the model is fixed when the host creates it (configured, else
 * the lowest discovered embedding route), so every batch of one index uses one model; its
 * vector size is asked once and belongs to the index identity, which both hosts compare
 * to decide on a rebuild rather than compare vectors of different sizes.
 */
export class EmbedForMemory {
  constructor(private readonly deps: EmbedForMemoryDependencies) {}

  /** `configuredModel`: the host's memory-search model ref, either provider spelling. */
  async start(
    config: unknown,
    configuredModel: unknown,
  ): Promise<Outcome<{ readonly embedder: MemoryEmbedder }>> {
    const { embeddings, key, routes } = this.deps;
    const found = await key.require({ config }, WHAT);
    if (!found.ok) return found;
    const choice = await embeddings.model(config, routes.routeOf(configuredModel), found.secret);
    if (choice.kind === "none") return { ok: false, error: { message: choice.message } };
    const { model } = choice;
    const space = await embeddings.dimensions(config, model, found.secret);
    if (!space.ok) return space;
    const index: IndexIdentity = {
      provider: PROVIDER_ID,
      model,
      baseUrl: resolveBaseUrl(config),
      dimensions: space.dimensions,
    };
    return {
      ok: true,
      embedder: { model, index, embed: (texts) => this.embed(config, model, texts) },
    };
  }

  /** The key is asked per batch: an operator who rotates it mid-index is not refused. */
  private async embed(
    config: unknown,
    model: string,
    texts: readonly string[],
  ): Promise<Outcome<{ readonly vectors: number[][] }>> {
    const found = await this.deps.key.require({ config }, WHAT);
    if (!found.ok) return found;
    const outcome = await this.deps.embeddings.embed({
      config,
      configuredModel: model,
      secret: found.secret,
      texts,
    });
    if (!outcome.ok) return outcome;
    if (outcome.notice) this.deps.log.warn(outcome.notice);
    return { ok: true, vectors: outcome.vectors };
  }
}
