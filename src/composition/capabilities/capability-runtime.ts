// Loaded on the first embedding or image call, never while the plugin registers: this
// module and the adapters it wires are a separate chunk of the published bundle. It only
// maps the host's shapes onto the use cases (src/application) and back.
import type { DependencyContainer } from "tsyringe";
import type {
  EmbeddingCreateOptions,
  EmbeddingCreateResult,
  ImageDescriptionRequest,
  ImageDescriptionResult,
} from "../../adapters/openclaw/host-types.js";
import { DescribeImage } from "../../application/describe-image.js";
import { EmbedForMemory } from "../../application/embed-for-memory.js";
import { PROVIDER_ID } from "../../domain/shared/model.js";
import { withCapabilities } from "./capability-container.js";
import { hostError } from "./host-error.js";

type EmbeddingInput = Parameters<
  NonNullable<EmbeddingCreateResult["provider"]>["embedBatch"]
>[0][number];

/** Multimodal inputs carry their text beside the parts; TaaS embeds the text. */
function textOf(input: EmbeddingInput): string {
  return typeof input === "string" ? input : String(input?.text ?? "");
}

/** The memory-search provider in the host's shape; the index identity is its cache key. */
export async function createEmbeddingProvider(
  scope: DependencyContainer,
  options: EmbeddingCreateOptions,
): Promise<EmbeddingCreateResult> {
  const useCase = withCapabilities(scope).resolve(EmbedForMemory);
  const started = await useCase.start(options.config, options.model);
  if (!started.ok) throw hostError(started.error);
  const { embedder } = started;
  const embedBatch = async (inputs: EmbeddingInput[]): Promise<number[][]> => {
    const outcome = await embedder.embed(inputs.map(textOf));
    if (!outcome.ok) throw hostError(outcome.error);
    return outcome.vectors;
  };
  return {
    provider: {
      id: PROVIDER_ID,
      model: embedder.model,
      embed: async (input) => (await embedBatch([input]))[0] ?? [],
      embedBatch,
    },
    runtime: { id: PROVIDER_ID, cacheKeyData: { ...embedder.index } },
  };
}

/** One image for core's media pipeline, through a CloudSigma vision route. */
export async function describeImage(
  scope: DependencyContainer,
  request: ImageDescriptionRequest,
): Promise<ImageDescriptionResult> {
  const outcome = await withCapabilities(scope)
    .resolve(DescribeImage)
    .run({
      config: request.cfg,
      provider: request.provider,
      model: request.model,
      bytes: request.buffer,
      mime: request.mime,
      prompt: request.prompt,
      ...(typeof request.maxTokens === "number" ? { maxTokens: request.maxTokens } : {}),
    });
  if (!outcome.ok) throw hostError(outcome.error);
  return { text: outcome.text, model: outcome.model };
}
