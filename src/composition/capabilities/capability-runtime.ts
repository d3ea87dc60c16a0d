// Loaded on the first embedding or image call, never while the plugin registers: this
// module and the adapters it wires are a separate chunk of the published bundle.
import type { DependencyContainer } from "tsyringe";
import type {
  EmbeddingCreateOptions,
  EmbeddingCreateResult,
  ImageDescriptionRequest,
  ImageDescriptionResult,
} from "../../adapters/openclaw/host-types.js";
import { TaasVisionSource } from "../../adapters/taas/chat/taas-vision-source.js";
import { TaasEmbeddingSource } from "../../adapters/taas/embeddings/taas-embedding-source.js";
import { DEFAULT_REQUEST_LIMITS, REQUEST_LIMITS } from "../../adapters/taas/request-limits.js";
import type { CatalogService } from "../../domain/catalog/catalog-service.js";
import { EmbeddingService } from "../../domain/embeddings/embedding-service.js";
import { ImageDescriptionService } from "../../domain/media/image-description-service.js";
import { resolveBaseUrl } from "../../domain/shared/base-url.js";
import { PROVIDER_ALIAS, PROVIDER_ID } from "../../domain/shared/model.js";
import { routeIdOf } from "../../domain/shared/model-ref.js";
import { missingKeyError } from "../../domain/shared/upstream-error.js";
import { CREDENTIAL_SOURCE, type CredentialSource } from "../../ports/credential-source.port.js";
import { DISCOVERY_LOG, type DiscoveryLog } from "../../ports/discovery-log.port.js";
import { EMBEDDING_SOURCE, type EmbeddingSource } from "../../ports/embedding-source.port.js";
import { VISION_SOURCE, type VisionSource } from "../../ports/vision-source.port.js";
import { CAPABILITY_SEAMS, CATALOG_SERVICE } from "../tokens.js";
import type { CapabilitySeams } from "./capability-seams.js";
import { hostError } from "./host-error.js";

const OUR_PROVIDER_IDS = [PROVIDER_ID, PROVIDER_ALIAS];

interface Capabilities {
  readonly catalog: CatalogService;
  readonly credentials: CredentialSource;
  readonly log: DiscoveryLog;
  readonly embeddings: EmbeddingService;
  readonly images: ImageDescriptionService;
}

const wired = new WeakMap<DependencyContainer, Capabilities>();

/** Wires the capability adapters into a registration's container once, on first use. */
function capabilities(scope: DependencyContainer): Capabilities {
  const known = wired.get(scope);
  if (known) return known;
  const seams = scope.resolve<CapabilitySeams>(CAPABILITY_SEAMS);
  scope.register(REQUEST_LIMITS, { useValue: seams.requestLimits ?? DEFAULT_REQUEST_LIMITS });
  if (seams.embeddingSource) scope.register(EMBEDDING_SOURCE, { useValue: seams.embeddingSource });
  else scope.register(EMBEDDING_SOURCE, { useClass: TaasEmbeddingSource });
  if (seams.visionSource) scope.register(VISION_SOURCE, { useValue: seams.visionSource });
  else scope.register(VISION_SOURCE, { useClass: TaasVisionSource });
  const catalog = scope.resolve<CatalogService>(CATALOG_SERVICE);
  const built: Capabilities = {
    catalog,
    credentials: scope.resolve<CredentialSource>(CREDENTIAL_SOURCE),
    log: scope.resolve<DiscoveryLog>(DISCOVERY_LOG),
    embeddings: new EmbeddingService({
      source: scope.resolve<EmbeddingSource>(EMBEDDING_SOURCE),
      embeddingRoutes: (config, secret) => catalog.embeddingRoutes(config, secret),
    }),
    images: new ImageDescriptionService(scope.resolve<VisionSource>(VISION_SOURCE), (id, config) =>
      catalog.findRow(id, config),
    ),
  };
  wired.set(scope, built);
  return built;
}

type EmbeddingInput = Parameters<
  NonNullable<EmbeddingCreateResult["provider"]>["embedBatch"]
>[0][number];

/** Multimodal inputs carry their text beside the parts; TaaS embeds the text. */
function textOf(input: EmbeddingInput): string {
  return typeof input === "string" ? input : String(input?.text ?? "");
}

/**
 * The memory-search provider: the model is fixed when the host creates it (configured, else
 * the lowest discovered embedding route), so every batch of one index uses one model.
 */
export async function createEmbeddingProvider(
  scope: DependencyContainer,
  options: EmbeddingCreateOptions,
): Promise<EmbeddingCreateResult> {
  const { credentials, embeddings, log } = capabilities(scope);
  const config = options.config;
  const secret = await credentials.secret(config);
  if (!secret) throw hostError(missingKeyError("embeddings"));
  const configured = routeIdOf(options.model, OUR_PROVIDER_IDS);
  const choice = await embeddings.model(config, configured, secret);
  if (choice.kind === "none") throw new Error(choice.message);
  const { model } = choice;
  const space = await embeddings.dimensions(config, model, secret);
  if (!space.ok) throw hostError(space.error);
  const embedBatch = async (inputs: EmbeddingInput[]): Promise<number[][]> => {
    const outcome = await embeddings.embed({
      config,
      configuredModel: model,
      secret: await credentials.secret(config),
      texts: inputs.map(textOf),
    });
    if (!outcome.ok) throw hostError(outcome.error);
    if (outcome.notice) log.warn(outcome.notice);
    return outcome.vectors;
  };
  return {
    provider: {
      id: PROVIDER_ID,
      model,
      embed: async (input) => (await embedBatch([input]))[0] ?? [],
      embedBatch,
    },
    // The index identity: another model, gateway or vector size means another index, which
    // both hosts rebuild rather than compare vectors of different sizes.
    runtime: {
      id: PROVIDER_ID,
      cacheKeyData: {
        provider: PROVIDER_ID,
        model,
        baseUrl: resolveBaseUrl(config),
        dimensions: space.dimensions,
      },
    },
  };
}

/** One image through a CloudSigma vision route; a text-only route is replaced, never used. */
export async function describeImage(
  scope: DependencyContainer,
  request: ImageDescriptionRequest,
): Promise<ImageDescriptionResult> {
  const { catalog, credentials, images } = capabilities(scope);
  const config = request.cfg;
  const secret = await credentials.secret(config);
  const ours = OUR_PROVIDER_IDS.includes(String(request.provider ?? "").toLowerCase());
  const requested = ours ? routeIdOf(request.model, OUR_PROVIDER_IDS) : undefined;
  // A live-only route the operator named is judged on what TaaS declares for it.
  if (secret && typeof requested === "string" && requested && !catalog.isKnown(requested, config)) {
    await catalog.providerCatalog({ config }, { resolve: () => ({ secret }) });
  }
  const outcome = await images.describe({
    config,
    requestedModel: requested,
    secret,
    bytes: request.buffer,
    mime: request.mime,
    prompt: request.prompt,
    ...(typeof request.maxTokens === "number" ? { maxTokens: request.maxTokens } : {}),
  });
  if (!outcome.ok) throw hostError(outcome.error);
  return { text: outcome.text, model: outcome.model };
}
