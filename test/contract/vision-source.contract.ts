import { expect, it } from "vitest";
import type { VisionSource } from "../../src/ports/vision-source.port.js";
import {
  CONTRACT_SECRET,
  describeTaasContract,
  type SourceSetup,
} from "./upstream-failure.contract.js";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What every VisionSource must do against TaaS `POST /chat/completions` with one image. */
export function describeVisionSourceContract(name: string, setup: SourceSetup<VisionSource>): void {
  describeTaasContract(`VisionSource contract: ${name}`, setup, {
    call: (source, baseUrl) =>
      source.describe({
        baseUrl,
        secret: CONTRACT_SECRET,
        model: "qwen3-vl",
        prompt: "What is this?",
        image: { bytes: PNG, mime: "image/png" },
        maxTokens: 256,
      }),
    malformed: [
      ["an embeddings list instead of a completion", JSON.stringify({ data: [] })],
      ["not JSON", "nope"],
    ],
    cases: (stub, call) => {
      it("sends one user turn with the prompt and an image_url part, with the key", async () => {
        stub().reply({ json: { choices: [{ message: { content: "a PNG" } }] } });
        await call();
        const [request] = stub().requests;
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
                  image_url: {
                    url: `data:image/png;base64,${Buffer.from(PNG).toString("base64")}`,
                  },
                },
              ],
            },
          ],
        });
      });

      it("returns the first choice's text and usage", async () => {
        stub().reply({
          json: {
            choices: [{ message: { content: "A red square." } }],
            usage: { prompt_tokens: 30, completion_tokens: 4 },
          },
        });
        expect(await call()).toEqual({
          ok: true,
          text: "A red square.",
          usage: { inputTokens: 30, outputTokens: 4 },
        });
      });

      it("joins text parts, and leaves out usage it cannot read", async () => {
        stub().reply({
          json: {
            choices: [
              { message: { content: [{ type: "text", text: "A " }, { x: 1 }, { text: "cat" }] } },
            ],
            usage: { prompt_tokens: 3 },
          },
        });
        expect(await call()).toEqual({ ok: true, text: "A cat" });
        stub().reply({ json: { choices: [] } });
        expect(await call()).toEqual({ ok: true, text: undefined });
      });
    },
  });
}
