import { DEFAULT_VISION_MODEL_ID, type ModelDefinition } from "../shared/model.js";

export { DEFAULT_VISION_MODEL_ID };

export type VisionRouteChoice =
  | {
      readonly kind: "route";
      readonly model: string;
      /** Set when the requested route could not see images and the default was used instead. */
      readonly replaced?: string;
    }
  | { readonly kind: "none"; readonly message: string };

export function canSeeImages(row: ModelDefinition | undefined): row is ModelDefinition {
  return row?.input.includes("image") === true;
}

/**
 * A named route that the capability policy lets see images is used as named; any other
 * (text-only, or unknown so unjudged) is replaced by the default vision route. An image is
 * never sent to a route the policy does not call vision-capable.
 */
export function chooseVisionRoute(
  requested: unknown,
  find: (id: string) => ModelDefinition | undefined,
): VisionRouteChoice {
  const id = typeof requested === "string" ? requested.trim() : "";
  if (id !== "" && canSeeImages(find(id))) return { kind: "route", model: id };
  if (!canSeeImages(find(DEFAULT_VISION_MODEL_ID))) {
    return {
      kind: "none",
      message: `No vision-capable CloudSigma route is known (the default ${DEFAULT_VISION_MODEL_ID} is missing).`,
    };
  }
  return id === "" || id === DEFAULT_VISION_MODEL_ID
    ? { kind: "route", model: DEFAULT_VISION_MODEL_ID }
    : { kind: "route", model: DEFAULT_VISION_MODEL_ID, replaced: id };
}
