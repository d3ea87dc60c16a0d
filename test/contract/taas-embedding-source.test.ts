import { TaasEmbeddingSource } from "../../src/adapters/taas/embeddings/taas-embedding-source.js";
import type { RequestLimits } from "../../src/adapters/taas/request-limits.js";
import { describeEmbeddingSourceContract } from "./embedding-source.contract.js";
import { onBothTransports } from "./on-both-transports.js";

// Small bounds keep the hang and oversize cases quick; production allows 60 s and 32 MiB.
const limits: RequestLimits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };
const clock = { now: () => Date.parse("2026-12-02T12:00:00Z") };

onBothTransports(
  describeEmbeddingSourceContract,
  "TaasEmbeddingSource",
  (guard) => new TaasEmbeddingSource(guard, limits, clock),
);
