// Part of the capability chunk: registered on the first embedding or image call, never
// while the plugin registers, so none of this code loads with register().
import {
  type DependencyContainer,
  type InjectionToken,
  instanceCachingFactory,
  Lifecycle,
} from "tsyringe";
import { TaasVisionSource } from "../../adapters/taas/chat/taas-vision-source.js";
import { TaasEmbeddingSource } from "../../adapters/taas/embeddings/taas-embedding-source.js";
import { DEFAULT_REQUEST_LIMITS, REQUEST_LIMITS } from "../../adapters/taas/request-limits.js";
import { DescribeImage } from "../../application/describe-image.js";
import { EmbedForMemory } from "../../application/embed-for-memory.js";
import { OperatorKey } from "../../application/operator-key.js";
import { RouteLookup } from "../../application/route-lookup.js";
import { WarmUnknownRoute } from "../../application/warm-unknown-route.js";
import { CatalogService } from "../../domain/catalog/catalog-service.js";
import { EmbeddingService } from "../../domain/embeddings/embedding-service.js";
import { ImageDescriptionService } from "../../domain/media/image-description-service.js";
import { EMBEDDING_SOURCE, type EmbeddingSource } from "../../ports/embedding-source.port.js";
import { PLUGIN_LOG, type PluginLog } from "../../ports/plugin-log.port.js";
import { VISION_SOURCE, type VisionSource } from "../../ports/vision-source.port.js";

const completed = new WeakSet<DependencyContainer>();

/**
 * The registration's container with the capability part of the graph added (once). A
 * token an override already registered when the plugin registered keeps that registration.
 */
export function withCapabilities(scope: DependencyContainer): DependencyContainer {
  if (completed.has(scope)) return scope;
  const defaults = <T>(token: InjectionToken<T>, register: () => void) => {
    if (!scope.isRegistered(token)) register();
  };
  const onePerScope = { lifecycle: Lifecycle.ContainerScoped } as const;
  defaults(REQUEST_LIMITS, () =>
    scope.register(REQUEST_LIMITS, { useValue: DEFAULT_REQUEST_LIMITS }),
  );
  defaults(EMBEDDING_SOURCE, () =>
    scope.register(EMBEDDING_SOURCE, { useClass: TaasEmbeddingSource }, onePerScope),
  );
  defaults(VISION_SOURCE, () =>
    scope.register(VISION_SOURCE, { useClass: TaasVisionSource }, onePerScope),
  );
  defaults(EmbeddingService, () =>
    scope.register(EmbeddingService, {
      useFactory: instanceCachingFactory((c) => {
        const catalog = c.resolve(CatalogService);
        return new EmbeddingService({
          source: c.resolve<EmbeddingSource>(EMBEDDING_SOURCE),
          embeddingRoutes: (config, secret) => catalog.embeddingRoutes(config, secret),
        });
      }),
    }),
  );
  defaults(ImageDescriptionService, () =>
    scope.register(ImageDescriptionService, {
      useFactory: instanceCachingFactory((c) => {
        const catalog = c.resolve(CatalogService);
        return new ImageDescriptionService(c.resolve<VisionSource>(VISION_SOURCE), (id, config) =>
          catalog.findRow(id, config),
        );
      }),
    }),
  );
  defaults(EmbedForMemory, () =>
    scope.register(EmbedForMemory, {
      useFactory: instanceCachingFactory(
        (c) =>
          new EmbedForMemory({
            embeddings: c.resolve(EmbeddingService),
            key: c.resolve(OperatorKey),
            routes: c.resolve(RouteLookup),
            log: c.resolve<PluginLog>(PLUGIN_LOG),
          }),
      ),
    }),
  );
  defaults(DescribeImage, () =>
    scope.register(DescribeImage, {
      useFactory: instanceCachingFactory(
        (c) =>
          new DescribeImage({
            images: c.resolve(ImageDescriptionService),
            key: c.resolve(OperatorKey),
            routes: c.resolve(RouteLookup),
            warm: c.resolve(WarmUnknownRoute),
          }),
      ),
    }),
  );
  completed.add(scope);
  return scope;
}
