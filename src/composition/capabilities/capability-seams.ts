import type { RequestLimits } from "../../adapters/taas/request-limits.js";
import type { EmbeddingSource } from "../../ports/embedding-source.port.js";
import type { VisionSource } from "../../ports/vision-source.port.js";

/** What a test may replace in the capabilities; production passes none. */
export interface CapabilitySeams {
  readonly embeddingSource?: EmbeddingSource;
  readonly visionSource?: VisionSource;
  /** Tighter bounds for fault tests; production uses 60 s and 32 MiB. */
  readonly requestLimits?: RequestLimits;
}
