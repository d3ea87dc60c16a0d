import { describe, expect, it } from "vitest";
import { DescribeImage } from "../../src/application/describe-image.js";
import { OperatorKey } from "../../src/application/operator-key.js";
import { RouteLookup } from "../../src/application/route-lookup.js";
import { WarmUnknownRoute } from "../../src/application/warm-unknown-route.js";
import { ImageDescriptionService } from "../../src/domain/media/image-description-service.js";
import { CONFIG, catalogOver, FakeModelSource, FakeVision, FixedKey } from "./fakes.js";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

function useCase(key = new FixedKey({ secret: "sk-img" })) {
  const listing = new FakeModelSource([
    { id: "live-eyes", type: "vision", capabilities: { vision: true, chat_completions: true } },
  ] as never);
  const catalog = catalogOver(listing);
  const vision = new FakeVision({ ok: true, text: " a cat " });
  const operatorKey = new OperatorKey([key]);
  const describeImage = new DescribeImage({
    images: new ImageDescriptionService(vision, (id, config) => catalog.findRow(id, config)),
    key: operatorKey,
    routes: new RouteLookup(catalog),
    warm: new WarmUnknownRoute(catalog, operatorKey),
  });
  return { describeImage, vision, listing };
}

const image = (provider: unknown, model: unknown, maxTokens?: number) => ({
  config: CONFIG,
  provider,
  model,
  bytes: PNG,
  mime: "image/png",
  prompt: "What is this?",
  ...(maxTokens === undefined ? {} : { maxTokens }),
});

describe("describing an image", () => {
  it("needs the key, and sends nothing without it", async () => {
    const { describeImage, vision, listing } = useCase(new FixedKey());
    expect(await describeImage.run(image("cloudsigma", "qwen3-vl"))).toMatchObject({
      ok: false,
      error: { status: 401, message: expect.stringMatching(/^CloudSigma image description/) },
    });
    expect(vision.queries).toEqual([]);
    expect(listing.calls).toEqual([]);
  });

  it("warms an unknown route the operator named, and uses it as TaaS declares it", async () => {
    const { describeImage, vision, listing } = useCase();
    const outcome = await describeImage.run(image("cloudsigma-taas", "cloudsigma/live-eyes", 64));
    expect(outcome).toMatchObject({ ok: true, text: "a cat", model: "live-eyes" });
    expect(listing.calls).toHaveLength(1);
    expect(vision.queries[0]).toMatchObject({
      model: "live-eyes",
      secret: "sk-img",
      maxTokens: 64,
    });
  });

  it("ignores another provider's model and uses the default vision route", async () => {
    const { describeImage, vision, listing } = useCase();
    const outcome = await describeImage.run(image("openai", "live-eyes"));
    expect(outcome).toMatchObject({ ok: true });
    expect(listing.calls).toEqual([]);
    expect(vision.queries[0]?.model).not.toBe("live-eyes");
  });
});
