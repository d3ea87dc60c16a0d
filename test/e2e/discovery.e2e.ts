// Discovery through the host: a row only the double's /models lists is usable as
// `cloudsigma/<id>`, with image input only when upstream declares `capabilities.vision`
// (src/domain/capability-policy.ts). Both hosts show the capability the same way: their
// `read` tool attaches a PNG as an `image_url` part for an image-capable model and replaces
// it with a "does not support images" note otherwise.
import { describe, expect, inject, it } from "vitest";
import { hostTraits } from "../support/openclaw-host.js";
import {
  DEFAULT_MODELS,
  DEFAULTS,
  type RecordedRequest,
} from "../support/taas-double/taas-double.js";
import { TEST_KEY, writeWorkspaceFile } from "./support/cloudsigma-host.js";
import { observe, sessionId, useCloudSigmaHost } from "./support/fixture.js";

// A 1x1 PNG.
const pixel = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC",
  "base64",
);
const visionRow = (id: string, vision: boolean) => ({
  id,
  object: "model",
  type: "vision",
  capabilities: { chat_completions: true, ...(vision ? { vision: true } : {}) },
  // Unlike any seed row or fallback, so the limits prove where the row came from.
  context_window: 96000,
  max_output_tokens: 6000,
});
const models = [
  ...DEFAULT_MODELS.filter((row) => (row as { id: string }).id !== "taas-vision-live"),
  visionRow("taas-vision-live", true),
  // The same shape without the declaration: `type: "vision"` alone must not grant images.
  visionRow("taas-vision-plain", false),
];

const imageParts = (request: RecordedRequest | undefined) =>
  JSON.stringify(request?.body ?? {}).match(/"type":"image_url"/g)?.length ?? 0;

describe.each(inject("hostVersions"))("discovery on openclaw %s", (version) => {
  const e2e = useCloudSigmaHost(version, {
    models,
    toolCall: { name: "read", arguments: { path: "e2e-pixel.png" } },
  });
  const refreshes = hostTraits(version).modelsListRefresh;

  const imageTurn = async (model: string) => {
    await writeWorkspaceFile(e2e.host, "e2e-pixel.png", pixel);
    e2e.double.requests.length = 0;
    const turn = await e2e.host.agent("please USE_TOOL", {
      sessionId: sessionId("discovery", model),
      model,
    });
    expect(turn.code, turn.stderr).toBe(0);
    // Discovery first, with the secret, then the tool call and the request with its result.
    expect(e2e.double.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /v1/models",
      "POST /v1/chat/completions",
      "POST /v1/chat/completions",
    ]);
    const auth = new Set(e2e.double.requests.map((r) => r.headers.authorization));
    expect([...auth]).toEqual([`Bearer ${TEST_KEY}`]);
    expect(turn.json?.payloads?.at(-1)?.text).toBe(DEFAULTS.afterToolReply);
    expect(turn.json?.meta?.agentMeta?.contextTokens).toBe(96000);
    const [first, second] = e2e.double.chatRequests();
    expect(first?.body).toMatchObject({ model, max_tokens: 6000 });
    return second;
  };

  it("sends the image to a live-only row that declares vision", async () => {
    observe(version, "live-only", "yes", "taas-vision-live: upstream limits (96000/6000)");
    observe(version, "vision", "yes", "image sent only for capabilities.vision: true");
    const second = await imageTurn("taas-vision-live");
    expect(imageParts(second)).toBe(1);
    expect(JSON.stringify(second?.body)).toContain(pixel.toString("base64"));
  });

  it("keeps a live vision-typed row without the declaration text-only", async () => {
    observe(version, "vision", "yes", "image sent only for capabilities.vision: true");
    const second = await imageTurn("taas-vision-plain");
    expect(imageParts(second)).toBe(0);
    const body = (second?.body ?? {}) as { messages?: { role: string; content?: unknown }[] };
    const tool = body.messages?.find((m) => m.role === "tool");
    // 6.6: "(tool image omitted: model does not support images)"; 9.6: "[Current model does
    // not support images. The image will be omitted from this request.]"
    expect(JSON.stringify(tool?.content)).toMatch(/does not support images/);
  });

  it.runIf(refreshes)("--refresh lists each live row's input as upstream declares it", async () => {
    observe(version, "vision", "yes", "`--refresh` lists it as text+image only when declared");
    const list = await e2e.host.modelsList({ refresh: true });
    expect(list.code, list.stderr).toBe(0);
    const input = (id: string) => list.models.find((m) => m.key === `cloudsigma/${id}`)?.input;
    expect(input("taas-vision-live")).toBe("text+image");
    expect(input("taas-vision-plain")).toBe("text");
    expect(input("taas-live-only")).toBe("text");
    expect(input("text-embed-3")).toBeUndefined();
  });
});
