// Image understanding with only the CloudSigma key: `infer image describe` without --model
// must be answered by a CloudSigma vision route (the default, qwen3-vl), the image sent as an
// `image_url` part, as a vision turn sends it. An image sent through the gateway's `chat.send`
// on the text-only route gpt-5.5 must be described by that vision route first, and the
// text-only turn must carry the description, never the image.

import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { parseJsonOutput } from "../support/openclaw-host.js";
import { type RecordedRequest, textOf } from "../support/taas-double/taas-double.js";
import { sendChat } from "./support/chat-send.js";
import {
  installCloudSigma,
  KEY_VAR,
  PROVIDER,
  routeToDouble,
  TEST_KEY,
} from "./support/cloudsigma-host.js";
import { observe, useCloudSigmaHost } from "./support/fixture.js";
import { type Gateway, startGateway } from "./support/gateway.js";

/** What the vision route says about the image. */
const DESCRIPTION = "A small red square on a white background.";
/** What the text-only route answers once it has the description. */
const ANSWER = "It is a small red square.";
const TEXT_ONLY = "gpt-5.5";

type ChatBody = { model?: string; messages?: { role?: string; content?: unknown }[] };

/** The double answers the text-only route with ANSWER, everything else with DESCRIPTION. */
const answerTextOnly = (request: RecordedRequest) =>
  (request.body as ChatBody | undefined)?.model === TEXT_ONLY
    ? { kind: "text" as const, text: ANSWER }
    : undefined;

/** Every `image_url` part's URL in a chat request. */
function imageUrls(body: ChatBody): string[] {
  return (body.messages ?? [])
    .flatMap((m) => (Array.isArray(m.content) ? m.content : []))
    .filter((part: { type?: string }) => part.type === "image_url")
    .map((part: { image_url?: { url?: string } }) => part.image_url?.url ?? "");
}

type DescribeJson = {
  ok?: boolean;
  provider?: string;
  model?: string;
  outputs?: { text?: string; provider?: string; model?: string }[];
};

/** A valid 2x2 red PNG, built here so the test needs no binary fixture. */
function redPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.from([0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat([row, row]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe.each(inject("hostVersions"))("image understanding on openclaw %s", (version) => {
  const e2e = useCloudSigmaHost(version, { reply: DESCRIPTION, script: answerTextOnly });

  it("describes an image without --model through the default CloudSigma vision route", async () => {
    const seen = observe(version, "image-describe-auto", "yes");
    const file = join(e2e.host.root, "red.png");
    await writeFile(file, redPng());
    e2e.double.requests.length = 0;
    const run = await e2e.host.run(["infer", "image", "describe", "--file", file, "--json"], {
      env: { [KEY_VAR]: TEST_KEY },
      timeoutMs: 150_000,
    });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const json = parseJsonOutput<DescribeJson>(run.stdout);
    expect(json.outputs?.[0]).toMatchObject({
      text: DESCRIPTION,
      provider: "cloudsigma",
      model: "qwen3-vl",
    });
    const chats = e2e.double.chatRequests();
    expect(chats).toHaveLength(1);
    const [chat] = chats;
    expect(chat?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    const body = chat?.body as { model?: string; messages?: { content?: unknown }[] };
    expect(body.model).toBe("qwen3-vl");
    const parts = body.messages?.at(-1)?.content as { type: string; image_url?: { url: string } }[];
    expect(parts.find((p) => p.type === "image_url")?.image_url?.url).toMatch(
      /^data:image\/png;base64,/,
    );
    seen.note = "no --model, only CLOUDSIGMA_API_KEY: cloudsigma/qwen3-vl answers";
  });

  it("describes an image sent on a text-only turn with a CloudSigma vision route first", async () => {
    const seen = observe(version, "image-on-text-only-turn", "yes");
    // A sandbox of its own: a gateway leaves state behind (2026.6 then lists every route as
    // available without a key), and the shared one must stay as later files expect it.
    const host = await installCloudSigma(version, inject("pluginTarball"));
    const config = routeToDouble(await host.readConfig(), version, e2e.double.url);
    await host.writeConfig({
      ...config,
      agents: { defaults: { model: { primary: `${PROVIDER}/${TEXT_ONLY}` } } },
    });
    e2e.double.requests.length = 0;
    let gateway: Gateway | undefined;
    try {
      gateway = await startGateway(host, { [KEY_VAR]: TEST_KEY });
      const turn = await sendChat(host, gateway, {
        sessionKey: "main",
        runId: `image-${Date.now().toString(36)}`,
        message: "What is in this picture?",
        attachments: [
          { mimeType: "image/png", fileName: "red.png", content: redPng().toString("base64") },
        ],
      });
      expect(turn.ack.status).toBe("started");
      expect(turn.wait.status).toBe("ok");

      // (a) The image went to the vision route, with the key.
      const chats = e2e.double.chatRequests();
      const models = chats.map((r) => (r.body as ChatBody).model);
      const vision = models.indexOf("qwen3-vl");
      const text = models.indexOf(TEXT_ONLY);
      expect(vision, models.join()).toBeGreaterThanOrEqual(0);
      const visionRequest = chats[vision];
      expect(visionRequest?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
      expect(imageUrls(visionRequest?.body as ChatBody)[0]).toMatch(/^data:image\/png;base64,/);

      // (b) Then the text-only route got the description as text, never the image.
      expect(text, models.join()).toBeGreaterThan(vision);
      const textBody = chats[text]?.body as ChatBody;
      expect(imageUrls(textBody)).toEqual([]);
      expect(JSON.stringify(textBody.messages)).not.toContain("data:image");
      expect(textBody.messages?.map((m) => textOf(m.content)).join("\n")).toContain(DESCRIPTION);

      // (c) Its reply reached the session.
      const replies = turn.history
        .filter((m) => m.role === "assistant")
        .map((m) => textOf(m.content));
      expect(replies).toContain(ANSWER);
      seen.note = `chat.send with a PNG on ${TEXT_ONLY}: qwen3-vl describes it, ${TEXT_ONLY} gets the description as text; reply in chat.history (${(turn.ms / 1000).toFixed(0)} s)`;
    } finally {
      await gateway?.stop();
      await host.cleanup();
    }
  }, 600_000);
});
