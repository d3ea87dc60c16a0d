// Image understanding with only the CloudSigma key: `infer image describe` without --model
// must be answered by a CloudSigma vision route (the default, qwen3-vl), the image sent as an
// `image_url` part, as a vision turn sends it.

import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { parseJsonOutput } from "../support/openclaw-host.js";
import { KEY_VAR, TEST_KEY } from "./support/cloudsigma-host.js";
import { observe, useCloudSigmaHost } from "./support/fixture.js";

const DESCRIPTION = "A small red square on a white background.";

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
  const e2e = useCloudSigmaHost(version, { reply: DESCRIPTION });

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

  it("names the route for an image on a text-only turn", () => {
    // `openclaw agent` takes no attachments; inbound images arrive through channels, which
    // this suite does not run. The host's order for them is in FINDINGS.md.
    observe(
      version,
      "image-on-text-only-turn",
      "n/a",
      "`openclaw agent` has no attachment flag; channel images follow the same provider order",
    );
  });
});
