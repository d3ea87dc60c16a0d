import type {
  DescribeOutcome,
  ImageDescriptionService,
} from "../domain/media/image-description-service.js";
import type { OperatorKey } from "./operator-key.js";
import type { RouteLookup } from "./route-lookup.js";
import type { WarmUnknownRoute } from "./warm-unknown-route.js";

/** One image as the host's media pipeline hands it over. */
export interface ImageRequest {
  readonly config: unknown;
  /** The provider the host picked; a route is honoured only when the provider is ours. */
  readonly provider: unknown;
  readonly model: unknown;
  readonly bytes: Uint8Array;
  readonly mime: unknown;
  readonly prompt: unknown;
  readonly maxTokens?: number;
}

export interface DescribeImageDependencies {
  readonly images: ImageDescriptionService;
  readonly key: OperatorKey;
  readonly routes: RouteLookup;
  readonly warm: WarmUnknownRoute;
}

/** One image through a CloudSigma vision route; a text-only route is replaced, never used. */
export class DescribeImage {
  constructor(private readonly deps: DescribeImageDependencies) {}

  async run(request: ImageRequest): Promise<DescribeOutcome> {
    const { images, key, routes, warm } = this.deps;
    const { config } = request;
    const found = await key.require({ config }, "image-description");
    if (!found.ok) return found;
    const requested = routes.isOurs(request.provider) ? routes.routeOf(request.model) : undefined;
    // A live-only route the operator named is judged on what TaaS declares for it.
    await warm.warm(requested, config, found.secret);
    return images.describe({
      config,
      requestedModel: requested,
      secret: found.secret,
      bytes: request.bytes,
      mime: request.mime,
      prompt: request.prompt,
      ...(typeof request.maxTokens === "number" ? { maxTokens: request.maxTokens } : {}),
    });
  }
}
