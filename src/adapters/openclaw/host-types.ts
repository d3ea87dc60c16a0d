import type { OpenClawPluginApi } from "openclaw/plugin-sdk/plugin-entry";

/**
 * Host types derived from the public, typed `plugin-entry` surface only, so no type here
 * depends on a subpath that newer hosts ship without declarations.
 */
export type ProviderPlugin = Parameters<OpenClawPluginApi["registerProvider"]>[0];
export type ModelCatalogProvider = Parameters<OpenClawPluginApi["registerModelCatalogProvider"]>[0];
export type CatalogContext = Parameters<NonNullable<ProviderPlugin["catalog"]>["run"]>[0];
export type ProviderCatalogResult = Awaited<
  ReturnType<NonNullable<ProviderPlugin["catalog"]>["run"]>
>;
export type ProviderConfig = NonNullable<
  Extract<ProviderCatalogResult, { provider: unknown }>
>["provider"];
export type RuntimeModel = NonNullable<
  ReturnType<NonNullable<ProviderPlugin["resolveDynamicModel"]>>
>;
export type ModelCatalogContext = Parameters<NonNullable<ModelCatalogProvider["liveCatalog"]>>[0];
export type ModelCatalogEntry = NonNullable<
  Awaited<ReturnType<NonNullable<ModelCatalogProvider["liveCatalog"]>>>
>[number];
export type PluginEntry = ReturnType<
  typeof import("openclaw/plugin-sdk/plugin-entry").definePluginEntry
>;
export type DynamicModelContext = Parameters<NonNullable<ProviderPlugin["resolveDynamicModel"]>>[0];
export type OpenClawRuntime =
  import("openclaw/plugin-sdk/plugin-entry").OpenClawPluginApi["runtime"];
export type EmbeddingProviderAdapter = Parameters<
  OpenClawPluginApi["registerEmbeddingProvider"]
>[0];
export type EmbeddingCreateOptions = Parameters<EmbeddingProviderAdapter["create"]>[0];
export type EmbeddingCreateResult = Awaited<ReturnType<EmbeddingProviderAdapter["create"]>>;
export type MediaUnderstandingProvider = Parameters<
  OpenClawPluginApi["registerMediaUnderstandingProvider"]
>[0];
export type ImageDescriptionRequest = Parameters<
  NonNullable<MediaUnderstandingProvider["describeImage"]>
>[0];
export type ImageDescriptionResult = Awaited<
  ReturnType<NonNullable<MediaUnderstandingProvider["describeImage"]>>
>;
/** 2026.6 only (deprecated there, gone on 2026.9): the memory host's own embedding surface. */
export type MemoryEmbeddingAdapter = Parameters<
  OpenClawPluginApi["registerMemoryEmbeddingProvider"]
>[0];
