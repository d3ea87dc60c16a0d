import type { VisionSource } from "../../ports/vision-source.port.js";
import { resolveBaseUrl } from "../shared/base-url.js";
import type { ModelDefinition } from "../shared/model.js";
import { type UpstreamError, upstreamError } from "../shared/upstream-error.js";
import { checkImage, imagePrompt } from "./image-input.js";
import { chooseVisionRoute } from "./vision-route.js";

export interface DescribeRequest {
  readonly config: unknown;
  /** The route the host asked for (ours, without the provider prefix), if any. */
  readonly requestedModel: unknown;
  /** The key the key path found; a call without one never reaches this service. */
  readonly secret: string;
  readonly bytes: Uint8Array;
  readonly mime: unknown;
  readonly prompt: unknown;
  readonly maxTokens?: number;
}

export type DescribeOutcome =
  | {
      readonly ok: true;
      readonly text: string;
      readonly model: string;
      readonly replaced?: string;
      readonly usage?: { readonly inputTokens: number; readonly outputTokens: number };
    }
  | { readonly ok: false; readonly error: UpstreamError };

/** Descriptions are short; a cap keeps a chatty route from spending the operator's quota. */
export const DEFAULT_DESCRIPTION_TOKENS = 1_024;

/** Describes one image with a vision route: the choice, the checks, then one chat call. */
export class ImageDescriptionService {
  constructor(
    private readonly source: VisionSource,
    private readonly findRow: (id: string, config: unknown) => ModelDefinition | undefined,
  ) {}

  async describe(request: DescribeRequest): Promise<DescribeOutcome> {
    const choice = chooseVisionRoute(request.requestedModel, (id) =>
      this.findRow(id, request.config),
    );
    if (choice.kind === "none") return { ok: false, error: { message: choice.message } };
    const image = checkImage(request.bytes, request.mime);
    if (!image.ok) return { ok: false, error: { message: image.message } };
    const answer = await this.source.describe({
      baseUrl: resolveBaseUrl(request.config),
      secret: request.secret,
      model: choice.model,
      prompt: imagePrompt(request.prompt),
      image: { bytes: request.bytes, mime: image.mime },
      maxTokens: request.maxTokens ?? DEFAULT_DESCRIPTION_TOKENS,
    });
    if (!answer.ok) {
      return { ok: false, error: upstreamError(answer.failure, "image-description", choice.model) };
    }
    const text = typeof answer.text === "string" ? answer.text.trim() : "";
    if (text === "") {
      return {
        ok: false,
        error: { message: `CloudSigma image description (${choice.model}) returned no text.` },
      };
    }
    return {
      ok: true,
      text,
      model: choice.model,
      ...(choice.replaced ? { replaced: choice.replaced } : {}),
      ...(answer.usage ? { usage: answer.usage } : {}),
    };
  }
}
