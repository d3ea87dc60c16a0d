import { describe, expect, it } from "vitest";
import {
  checkImage,
  DEFAULT_IMAGE_PROMPT,
  imagePrompt,
  MAX_IMAGE_BYTES,
} from "../../../src/domain/media/image-input.js";

const bytes = (...values: number[]) => new Uint8Array([...values, 0, 0, 0, 0, 0, 0, 0, 0]);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47);

describe("image input", () => {
  it("takes a declared supported type as given", () => {
    expect(checkImage(PNG, " IMAGE/JPEG ")).toEqual({ ok: true, mime: "image/jpeg" });
  });

  it.each([
    ["png", PNG, "image/png"],
    ["jpeg", bytes(0xff, 0xd8, 0xff), "image/jpeg"],
    ["gif", bytes(0x47, 0x49, 0x46, 0x38), "image/gif"],
    [
      "webp",
      new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]),
      "image/webp",
    ],
  ])("otherwise reads the %s signature", (_, image, mime) => {
    expect(checkImage(image, "application/octet-stream")).toEqual({ ok: true, mime });
  });

  it("refuses empty, oversized and unreadable images", () => {
    expect(checkImage(new Uint8Array(), "image/png")).toMatchObject({ ok: false });
    expect(checkImage(new Uint8Array(MAX_IMAGE_BYTES + 1), "image/png")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/20 MiB/),
    });
    const riffNotWebp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x41, 0x56]);
    expect(checkImage(riffNotWebp, undefined)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/PNG, JPEG, GIF or WebP/),
    });
  });

  it("uses the given prompt, else a plain one", () => {
    expect(imagePrompt("  What is in it? ")).toBe("What is in it?");
    expect(imagePrompt("   ")).toBe(DEFAULT_IMAGE_PROMPT);
    expect(imagePrompt(undefined)).toBe(DEFAULT_IMAGE_PROMPT);
  });
});
