import type { EmbeddingSource, EmbeddingUsage } from "../../ports/embedding-source.port.js";
import { resolveBaseUrl } from "../shared/base-url.js";
import { type UpstreamError, upstreamError } from "../shared/upstream-error.js";
import { embeddingBatches } from "./embedding-batches.js";
import { chooseEmbeddingModel } from "./embedding-model-choice.js";
import { type EmbeddingSpace, embeddingSpaceChangeNotice } from "./index-change.js";
import { validateVectors } from "./vector-validation.js";

export interface EmbedRequest {
  readonly config: unknown;
  /** The operator's memory-search model (ours, already without a provider prefix), if any. */
  readonly configuredModel: unknown;
  /** The key the key path found; a call without one never reaches this service. */
  readonly secret: string;
  readonly texts: readonly string[];
}

export type EmbedOutcome =
  | {
      readonly ok: true;
      readonly model: string;
      readonly vectors: number[][];
      readonly dimensions: number;
      readonly usage: Required<EmbeddingUsage>;
      /** Set once when the model or its dimension changed since this process last embedded. */
      readonly notice?: string;
    }
  | { readonly ok: false; readonly error: UpstreamError };

export interface EmbeddingDependencies {
  readonly source: EmbeddingSource;
  /** Embedding routes discovery reports for a base URL and key (cached there). */
  readonly embeddingRoutes: (config: unknown, secret: string) => Promise<readonly string[]>;
}

/** One short input that tells the vector size of a model. */
export const DIMENSION_PROBE = "dimension probe";

export type EmbeddingSpaceOutcome =
  | { readonly ok: true; readonly dimensions: number }
  | { readonly ok: false; readonly error: UpstreamError };

/**
 * Embeds texts for memory search: picks the model, batches in order, validates every
 * vector, and refuses to mix dimensions within one call or to go on after a bad batch.
 */
export class EmbeddingService {
  private readonly spaces = new Map<string, EmbeddingSpace>();
  /** Vector size per base URL and model, as TaaS last answered it in this process. */
  private readonly sizes = new Map<string, number>();

  constructor(private readonly deps: EmbeddingDependencies) {}

  /** The model a call would use, without embedding anything. */
  async model(config: unknown, configuredModel: unknown, secret: string) {
    const configured = typeof configuredModel === "string" && configuredModel.trim() !== "";
    const discovered = configured ? [] : await this.deps.embeddingRoutes(config, secret);
    return chooseEmbeddingModel(configuredModel, discovered);
  }

  /**
   * The vector size `model` answers with, asked once per process with a one-input request.
   * It belongs in the index identity: the hosts rebuild an index whose identity changed,
   * and would otherwise compare vectors of different sizes.
   */
  async dimensions(config: unknown, model: string, secret: string): Promise<EmbeddingSpaceOutcome> {
    const baseUrl = resolveBaseUrl(config);
    const known = this.sizes.get(sizeKey(baseUrl, model));
    if (known !== undefined) return { ok: true, dimensions: known };
    const answer = await this.deps.source.embed({
      baseUrl,
      secret,
      model,
      inputs: [DIMENSION_PROBE],
    });
    if (!answer.ok) return { ok: false, error: upstreamError(answer.failure, "embeddings", model) };
    const checked = validateVectors(answer.rows, 1);
    if (!checked.ok) return { ok: false, error: { message: checked.message } };
    this.sizes.set(sizeKey(baseUrl, model), checked.dimensions);
    return { ok: true, dimensions: checked.dimensions };
  }

  async embed(request: EmbedRequest): Promise<EmbedOutcome> {
    const { secret } = request;
    const choice = await this.model(request.config, request.configuredModel, secret);
    if (choice.kind === "none") return { ok: false, error: { message: choice.message } };
    const { model } = choice;
    const baseUrl = resolveBaseUrl(request.config);
    const key = sizeKey(baseUrl, model);
    const known = this.sizes.get(key);
    const vectors: number[][] = [];
    const usage = { promptTokens: 0, totalTokens: 0 };
    let dimensions = known;
    for (const inputs of embeddingBatches(request.texts)) {
      const answer = await this.deps.source.embed({ baseUrl, secret, model, inputs });
      if (!answer.ok)
        return { ok: false, error: upstreamError(answer.failure, "embeddings", model) };
      const checked = validateVectors(answer.rows, inputs.length, dimensions);
      if (!checked.ok)
        return { ok: false, error: this.sizeChange(key, model, answer.rows, checked) };
      dimensions = checked.dimensions;
      this.sizes.set(key, dimensions);
      vectors.push(...checked.vectors);
      usage.promptTokens += answer.usage?.promptTokens ?? 0;
      usage.totalTokens += answer.usage?.totalTokens ?? answer.usage?.promptTokens ?? 0;
    }
    const space = { model, dimensions: dimensions ?? 0 };
    const notice = dimensions === undefined ? undefined : this.noteSpace(baseUrl, space);
    return {
      ok: true,
      model,
      vectors,
      dimensions: space.dimensions,
      usage,
      ...(notice ? { notice } : {}),
    };
  }

  /**
   * A batch that is fine alone but not the size this model had: TaaS changed the model under
   * an index. Forget the old size (the next provider the host creates asks again, so the
   * index identity changes) and tell the operator to rebuild.
   */
  private sizeChange(
    key: string,
    model: string,
    rows: Parameters<typeof validateVectors>[0],
    failed: { readonly message: string },
  ): UpstreamError {
    const alone = validateVectors(rows, rows.length);
    const known = this.sizes.get(key);
    if (!alone.ok || known === undefined || alone.dimensions === known) {
      return { message: failed.message };
    }
    this.sizes.delete(key);
    const notice = embeddingSpaceChangeNotice(
      { model, dimensions: known },
      { model, dimensions: alone.dimensions },
    );
    return { message: `${notice} Nothing was indexed.` };
  }

  private noteSpace(baseUrl: string, space: EmbeddingSpace): string | undefined {
    const notice = embeddingSpaceChangeNotice(this.spaces.get(baseUrl), space);
    this.spaces.set(baseUrl, space);
    return notice;
  }
}

function sizeKey(baseUrl: string, model: string): string {
  return `${baseUrl}\n${model}`;
}
