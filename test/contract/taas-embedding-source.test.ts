import { SsrfHttpGuard } from "../../src/adapters/openclaw/network/ssrf-http-guard.js";
import { TaasEmbeddingSource } from "../../src/adapters/taas/embeddings/taas-embedding-source.js";
import type { RequestLimits } from "../../src/adapters/taas/request-limits.js";
import { describeEmbeddingSourceContract } from "./embedding-source.contract.js";
import { startLoopbackTaasStub } from "./stubs/loopback-taas-stub.js";
import { mswGuardSeams, startMswTaasStub } from "./stubs/msw-taas-stub.js";

// Small bounds keep the hang and oversize cases quick; production allows 60 s and 32 MiB.
const limits: RequestLimits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };
const clock = { now: () => Date.parse("2026-12-02T12:00:00Z") };

describeEmbeddingSourceContract(
  "TaasEmbeddingSource over the SDK guard, TaaS mocked by msw",
  async () => ({
    stub: startMswTaasStub(),
    source: new TaasEmbeddingSource(new SsrfHttpGuard(mswGuardSeams), limits, clock),
  }),
);

describeEmbeddingSourceContract(
  "TaasEmbeddingSource over the SDK guard's production path, TaaS on loopback",
  async () => {
    const stub = await startLoopbackTaasStub();
    return { stub, source: new TaasEmbeddingSource(new SsrfHttpGuard({}), limits, clock) };
  },
);
