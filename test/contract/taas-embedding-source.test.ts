import { SsrfHttpGuard } from "../../src/adapters/openclaw/network/ssrf-http-guard.js";
import { TaasEmbeddingSource } from "../../src/adapters/taas/embeddings/taas-embedding-source.js";
import type { RequestLimits } from "../../src/adapters/taas/request-limits.js";
import { mswGuardSeams, startMswTaasDouble } from "../support/taas-double/msw-taas-double.js";
import { startTaasDouble } from "../support/taas-double/taas-double.js";
import { describeEmbeddingSourceContract } from "./embedding-source.contract.js";

// Small bounds keep the hang and oversize cases quick; production allows 60 s and 32 MiB.
const limits: RequestLimits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };
const clock = { now: () => Date.parse("2026-12-02T12:00:00Z") };

describeEmbeddingSourceContract(
  "TaasEmbeddingSource over the SDK guard, TaaS mocked by msw",
  async () => ({
    stub: startMswTaasDouble(),
    source: new TaasEmbeddingSource(new SsrfHttpGuard(mswGuardSeams), limits, clock),
  }),
);

describeEmbeddingSourceContract(
  "TaasEmbeddingSource over the SDK guard's production path, TaaS on loopback",
  async () => {
    const stub = await startTaasDouble({ host: "127.0.0.1", otherHost: "127.0.0.2" });
    return { stub, source: new TaasEmbeddingSource(new SsrfHttpGuard({}), limits, clock) };
  },
);
