import { isPlainObject } from "../../../domain/shared/values.js";
import type { CompletionUsage, ImageDescriptionQuery } from "../../../ports/vision-source.port.js";
import { parseJson } from "../json-body.js";

/** One user turn with the prompt and the image as an `image_url` part, as a vision turn sends. */
export function visionRequestBody(query: ImageDescriptionQuery): string {
  const url = `data:${query.image.mime};base64,${Buffer.from(query.image.bytes).toString("base64")}`;
  return JSON.stringify({
    model: query.model,
    stream: false,
    max_tokens: query.maxTokens,
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: query.prompt },
          { type: "image_url", image_url: { url } },
        ],
      },
    ],
  });
}

/** The first choice's text (a string, or text parts joined) and usage; null if not a completion. */
export function parseCompletionBody(
  body: string,
): { text: unknown; usage?: CompletionUsage } | null {
  const json = parseJson(body);
  if (!isPlainObject(json) || !Array.isArray(json.choices)) return null;
  const [first] = json.choices;
  const message = isPlainObject(first) && isPlainObject(first.message) ? first.message : {};
  const usage = isPlainObject(json.usage) ? usageOf(json.usage) : undefined;
  const text = textOf(message.content);
  return usage ? { text, usage } : { text };
}

function textOf(content: unknown): unknown {
  if (!Array.isArray(content)) return content;
  return content
    .map((part) => (isPlainObject(part) && typeof part.text === "string" ? part.text : ""))
    .join("");
}

function usageOf(usage: Record<string, unknown>): CompletionUsage | undefined {
  const input = usage.prompt_tokens;
  const output = usage.completion_tokens;
  const counts = (value: unknown): value is number =>
    typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
  return counts(input) && counts(output) ? { inputTokens: input, outputTokens: output } : undefined;
}
