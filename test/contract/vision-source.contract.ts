import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ImageDescriptionAnswer, VisionSource } from "../../src/ports/vision-source.port.js";
import type { TaasDouble } from "../support/taas-double/taas-double.js";
import { CONTRACT_SECRET } from "./model-source.contract.js";

export interface VisionSourceFixture {
  readonly stub: TaasDouble;
  readonly source: VisionSource;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What every VisionSource must do against TaaS `POST /chat/completions` with one image. */
export function describeVisionSourceContract(
  name: string,
  setup: () => Promise<VisionSourceFixture>,
): void {
  describe(`VisionSource contract: ${name}`, () => {
    let fixture: VisionSourceFixture;
    const describeImage = (baseUrl = fixture.stub.url): Promise<ImageDescriptionAnswer> =>
      fixture.source.describe({
        baseUrl,
        secret: CONTRACT_SECRET,
        model: "qwen3-vl",
        prompt: "What is this?",
        image: { bytes: PNG, mime: "image/png" },
        maxTokens: 256,
      });

    beforeAll(async () => {
      fixture = await setup();
    });
    afterAll(async () => {
      await fixture.stub.close();
    });
    beforeEach(() => {
      fixture.stub.requests.length = 0;
      fixture.stub.otherHostRequests.length = 0;
    });

    it("sends one user turn with the prompt and an image_url part, with the key", async () => {
      fixture.stub.reply({ json: { choices: [{ message: { content: "a PNG" } }] } });
      await describeImage();
      const [request] = fixture.stub.requests;
      expect(request?.method).toBe("POST");
      expect(request?.url).toMatch(/\/v1\/chat\/completions$/);
      expect(request?.headers.authorization).toBe(`Bearer ${CONTRACT_SECRET}`);
      expect(request?.body).toEqual({
        model: "qwen3-vl",
        stream: false,
        max_tokens: 256,
        messages: [
          {
            role: "user",
            content: [
              { type: "text", text: "What is this?" },
              {
                type: "image_url",
                image_url: { url: `data:image/png;base64,${Buffer.from(PNG).toString("base64")}` },
              },
            ],
          },
        ],
      });
    });

    it("returns the first choice's text and usage", async () => {
      fixture.stub.reply({
        json: {
          choices: [{ message: { content: "A red square." } }],
          usage: { prompt_tokens: 30, completion_tokens: 4 },
        },
      });
      expect(await describeImage()).toEqual({
        ok: true,
        text: "A red square.",
        usage: { inputTokens: 30, outputTokens: 4 },
      });
    });

    it("joins text parts, and leaves out usage it cannot read", async () => {
      fixture.stub.reply({
        json: {
          choices: [
            { message: { content: [{ type: "text", text: "A " }, { x: 1 }, { text: "cat" }] } },
          ],
          usage: { prompt_tokens: 3 },
        },
      });
      expect(await describeImage()).toEqual({ ok: true, text: "A cat" });
      fixture.stub.reply({ json: { choices: [] } });
      expect(await describeImage()).toEqual({ ok: true, text: undefined });
    });

    it("maps statuses like every TaaS call, and a non-completion as malformed", async () => {
      fixture.stub.reply({ status: 401, json: { error: {} } });
      expect(await describeImage()).toEqual({
        ok: false,
        failure: { kind: "auth-rejected", status: 401 },
      });
      fixture.stub.reply({ status: 400, json: { error: { code: "invalid_image" } } });
      expect(await describeImage()).toEqual({
        ok: false,
        failure: { kind: "http", status: 400, code: "invalid_image" },
      });
      fixture.stub.reply({ json: { data: [] } });
      expect(await describeImage()).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "malformed" },
      });
      fixture.stub.reply({ body: "nope" });
      expect(await describeImage()).toMatchObject({ ok: false });
    });

    it("never reaches another host or a refused base URL", async () => {
      fixture.stub.reply({ redirectTo: "other-host" });
      expect((await describeImage()).ok).toBe(false);
      expect(await describeImage("ftp://taas.example.net/v1")).toEqual({
        ok: false,
        failure: { kind: "unavailable", reason: "refused" },
      });
      expect(fixture.stub.otherHostRequests).toEqual([]);
    });
  });
}
