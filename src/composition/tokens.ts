/** Tokens only the composition root uses (ports carry their own). */
export const SEED_CATALOG: unique symbol = Symbol("SeedCatalog");
export const CATALOG_SERVICE: unique symbol = Symbol("CatalogService");
/** Seams for the lazily wired capabilities (embeddings, image description). */
export const CAPABILITY_SEAMS: unique symbol = Symbol("CapabilitySeams");
