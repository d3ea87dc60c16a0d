import { describe, expect, it } from "vitest";
import { ImageDescriptionService } from "../../../src/domain/media/image-description-service.js";
import type {
  ImageDescriptionAnswer,
  ImageDescriptionQuery,
  VisionSource,
} from "../../../src/ports/vision-source.port.js";
import { realSeed } from "../fakes.js";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
const CONFIG = { models: { providers: { cloudsigma: { baseUrl: "https://gw.example/v1" } } } };

class RecordingVision implements VisionSource {
  readonly queries: ImageDescriptionQuery[] = [];
  constructor(private readonly answer: ImageDescriptionAnswer) {}
  async describe(query: ImageDescriptionQuery) {
    this.queries.push(query);
    return this.answer;
  }
}

const seed = realSeed();
const findRow = (id: string) => seed.find((row) => row.id === id);
const ask = (overrides: Record<string, unknown> = {}) => ({
  config: CONFIG,
  requestedModel: "gpt-5.5",
  secret: "sk-canary-vision",
  bytes: PNG,
  mime: "image/png",
  prompt: undefined,
  ...overrides,
});

describe("the image description service", () => {
  it("sends the image to the default vision route when the asked one is text-only", async () => {
    const vision = new RecordingVision({
      ok: true,
      text: " A cat on a mat. ",
      usage: { inputTokens: 12, outputTokens: 5 },
    });
    const outcome = await new ImageDescriptionService(vision, findRow).describe(ask());
    expect(outcome).toEqual({
      ok: true,
      text: "A cat on a mat.",
      model: "qwen3-vl",
      replaced: "gpt-5.5",
      usage: { inputTokens: 12, outputTokens: 5 },
    });
    expect(vision.queries).toEqual([
      {
        baseUrl: "https://gw.example/v1",
        secret: "sk-canary-vision",
        model: "qwen3-vl",
        prompt: "Describe the image.",
        image: { bytes: PNG, mime: "image/png" },
        maxTokens: 1024,
      },
    ]);
  });

  it("uses a named vision route as named, with the given prompt and budget", async () => {
    const vision = new RecordingVision({ ok: true, text: "ok" });
    const outcome = await new ImageDescriptionService(vision, findRow).describe(
      ask({ requestedModel: "pixtral-large", prompt: "Read the sign", maxTokens: 50 }),
    );
    expect(outcome).toEqual({ ok: true, text: "ok", model: "pixtral-large" });
    expect(vision.queries[0]).toMatchObject({ prompt: "Read the sign", maxTokens: 50 });
  });

  it("sends nothing without a vision route or a readable image", async () => {
    const vision = new RecordingVision({ ok: true, text: "never" });
    const service = new ImageDescriptionService(vision, findRow);
    expect(
      await service.describe(ask({ bytes: new Uint8Array([1, 2, 3]), mime: "text/plain" })),
    ).toMatchObject({ ok: false });
    const noVision = new ImageDescriptionService(vision, () => undefined);
    expect(await noVision.describe(ask())).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/No vision-capable/) },
    });
    expect(vision.queries).toEqual([]);
  });

  it("maps upstream failures and empty answers to clear errors", async () => {
    const failing = new RecordingVision({ ok: false, failure: { kind: "http", status: 500 } });
    expect(await new ImageDescriptionService(failing, findRow).describe(ask())).toEqual({
      ok: false,
      error: { message: "CloudSigma image description (qwen3-vl): HTTP 500.", status: 500 },
    });
    const unreadable = new RecordingVision({
      ok: false,
      failure: { kind: "unavailable", reason: "malformed" },
    });
    expect(await new ImageDescriptionService(unreadable, findRow).describe(ask())).toEqual({
      ok: false,
      error: {
        message: "CloudSigma image description (qwen3-vl): the answer was not a chat completion.",
      },
    });
    for (const text of ["  ", undefined, 42]) {
      const empty = new RecordingVision({ ok: true, text });
      expect(await new ImageDescriptionService(empty, findRow).describe(ask())).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/returned no text/) },
      });
    }
  });
});
