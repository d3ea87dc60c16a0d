/** Image types every vision route behind TaaS takes as a data URL. */
const MIME_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
/** Upstreams reject larger inline images; the host's own limits are usually lower. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
export const DEFAULT_IMAGE_PROMPT = "Describe the image.";

export type ImageCheck =
  | { readonly ok: true; readonly mime: string }
  | { readonly ok: false; readonly message: string };

/** The declared type, else the one the bytes' signature shows; refuses what routes cannot read. */
export function checkImage(bytes: Uint8Array, declaredMime: unknown): ImageCheck {
  if (bytes.byteLength === 0) return { ok: false, message: "The image is empty." };
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    return { ok: false, message: `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MiB.` };
  }
  const declared = typeof declaredMime === "string" ? declaredMime.trim().toLowerCase() : "";
  const mime = MIME_TYPES.has(declared) ? declared : sniffMime(bytes);
  if (!mime) {
    return { ok: false, message: "CloudSigma vision routes take PNG, JPEG, GIF or WebP images." };
  }
  return { ok: true, mime };
}

function sniffMime(bytes: Uint8Array): string | undefined {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "image/gif";
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return "image/webp";
  return undefined;
}

/** The operator's or host's prompt, else a plain request for a description. */
export function imagePrompt(prompt: unknown): string {
  return typeof prompt === "string" && prompt.trim() !== "" ? prompt.trim() : DEFAULT_IMAGE_PROMPT;
}
