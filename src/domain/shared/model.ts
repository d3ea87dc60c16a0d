/** The provider's identity and the defaults the rest of the domain relies on. */
export const PROVIDER_ID = "cloudsigma";
export const PROVIDER_ALIAS = "cloudsigma-taas";
export const PROVIDER_LABEL = "CloudSigma TaaS";
export const API_KEY_ENV_VAR = "CLOUDSIGMA_API_KEY";
export const API_KEY_FLAG = "--cloudsigma-api-key";
/** The plugin's own settings in the OpenClaw config, and the key among them. */
export const PLUGIN_SETTINGS_PATH = `plugins.entries.${PROVIDER_ID}.config`;
export const PLUGIN_CONFIG_KEY_PATH = `${PLUGIN_SETTINGS_PATH}.apiKey`;
export const DEFAULT_BASE_URL = "https://taas.cloudsigma.com/v1";
export const MODEL_API = "openai-completions";
export const DEFAULT_MODEL_ID = "gpt-5.5";
export const DEFAULT_MODEL_REF = `${PROVIDER_ID}/${DEFAULT_MODEL_ID}`;
/**
 * The default image route: Qwen3-VL is a dedicated vision-language model in the seed, takes
 * OpenAI-style `image_url` parts, does not think (a quick, cheap description), and needs no
 * Gemini signatures or Mistral id rules, so it is the least surprising route to describe with.
 */
export const DEFAULT_VISION_MODEL_ID = "qwen3-vl";

/** Conservative values for routes we know nothing about. */
export const FALLBACK_CONTEXT_WINDOW = 128_000;
export const FALLBACK_MAX_TOKENS = 8_192;

export type ModelInput = "text" | "image";

export interface ModelCost {
  readonly input: number;
  readonly output: number;
  readonly cacheRead: number;
  readonly cacheWrite: number;
}

/** One catalog row, in the shape OpenClaw's `models.providers.<id>.models[]` takes. */
export interface ModelDefinition {
  readonly id: string;
  readonly name: string;
  readonly reasoning: boolean;
  readonly input: readonly ModelInput[];
  readonly cost: ModelCost;
  readonly contextWindow: number;
  readonly maxTokens: number;
  /** The upstream vendor a live row declares (`owned_by`); seed rows have none. */
  readonly ownedBy?: string;
}

/** `cache`: the last good live catalog, served while upstream is failing. */
export type CatalogSource = "static" | "live" | "cache";
