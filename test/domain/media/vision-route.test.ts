import { describe, expect, it } from "vitest";
import {
  canSeeImages,
  chooseVisionRoute,
  DEFAULT_VISION_MODEL_ID,
} from "../../../src/domain/media/vision-route.js";
import type { ModelDefinition } from "../../../src/domain/shared/model.js";
import { modelRow, realSeed } from "../fakes.js";

const live: ModelDefinition = { ...modelRow("live-vision"), input: ["text", "image"] };
const rows = [...realSeed(), live];
const find = (id: string) => rows.find((row) => row.id === id);

describe("which route describes an image", () => {
  it("is the default vision seed route, itself vision-capable", () => {
    expect(DEFAULT_VISION_MODEL_ID).toBe("qwen3-vl");
    expect(canSeeImages(find(DEFAULT_VISION_MODEL_ID))).toBe(true);
    expect(chooseVisionRoute(undefined, find)).toEqual({ kind: "route", model: "qwen3-vl" });
    expect(chooseVisionRoute(" ", find)).toEqual({ kind: "route", model: "qwen3-vl" });
    expect(chooseVisionRoute("qwen3-vl", find)).toEqual({ kind: "route", model: "qwen3-vl" });
  });

  it("is a named vision route, seed or live", () => {
    expect(chooseVisionRoute("pixtral-large", find)).toEqual({
      kind: "route",
      model: "pixtral-large",
    });
    expect(chooseVisionRoute(" live-vision ", find)).toEqual({
      kind: "route",
      model: "live-vision",
    });
  });

  it("replaces a text-only or unknown route with the default, and says which", () => {
    expect(chooseVisionRoute("gpt-5.5", find)).toEqual({
      kind: "route",
      model: "qwen3-vl",
      replaced: "gpt-5.5",
    });
    expect(chooseVisionRoute("never-listed", find)).toMatchObject({ replaced: "never-listed" });
  });

  it("is none when even the default cannot see images", () => {
    const textOnly = (id: string) => (id === "gpt-5.5" ? find(id) : undefined);
    const choice = chooseVisionRoute("gpt-5.5", textOnly);
    expect(choice).toMatchObject({ kind: "none" });
    expect(canSeeImages(undefined)).toBe(false);
  });
});
