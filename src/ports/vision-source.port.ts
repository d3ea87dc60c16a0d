import type { UpstreamFailure } from "./upstream-failure.port.js";

/** One image for a vision route, as the chat wire carries it. */
export interface ImageDescriptionQuery {
  readonly baseUrl: string;
  /** The API key itself (never an env-var name). */
  readonly secret: string;
  readonly model: string;
  readonly prompt: string;
  readonly image: { readonly bytes: Uint8Array; readonly mime: string };
  readonly maxTokens: number;
}

export interface CompletionUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

export type ImageDescriptionAnswer =
  | { readonly ok: true; readonly text: unknown; readonly usage?: CompletionUsage }
  | { readonly ok: false; readonly failure: UpstreamFailure };

/** A vision-capable chat route (TaaS `POST /chat/completions` in production). */
export interface VisionSource {
  /** Never throws: every failure is an answer failure. */
  describe(query: ImageDescriptionQuery): Promise<ImageDescriptionAnswer>;
}

export const VISION_SOURCE: unique symbol = Symbol("VisionSource");
