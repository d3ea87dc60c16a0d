import { SsrfHttpGuard } from "../../src/adapters/openclaw/network/ssrf-http-guard.js";
import { TaasVisionSource } from "../../src/adapters/taas/chat/taas-vision-source.js";
import { TaasEmbeddingSource } from "../../src/adapters/taas/embeddings/taas-embedding-source.js";
import { TaasModelSource } from "../../src/adapters/taas/models/taas-model-source.js";
import type { RequestLimits } from "../../src/adapters/taas/request-limits.js";
import { TaasClient } from "../../src/adapters/taas/taas-client.js";
import { describeEmbeddingSourceContract } from "./embedding-source.contract.js";
import { describeModelSourceContract } from "./model-source.contract.js";
import { startLoopbackTaasStub } from "./stubs/loopback-taas-stub.js";
import { mswGuardSeams, startMswTaasStub } from "./stubs/msw-taas-stub.js";
import type { TaasStub } from "./stubs/taas-stub.js";
import { describeVisionSourceContract } from "./vision-source.contract.js";

// Small bounds keep the hang and oversize cases quick; the behaviour is the same at the defaults.
const limits: RequestLimits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };
const clock = { now: () => Date.parse("2026-12-02T12:00:00Z") };

/** Each TaaS adapter over the SDK guard, against TaaS mocked by msw and on real loopback. */
const transports: readonly (readonly [string, () => Promise<[TaasStub, TaasClient]>])[] = [
  [
    "over the SDK guard, TaaS mocked by msw",
    async () => [startMswTaasStub(), new TaasClient(new SsrfHttpGuard(mswGuardSeams), clock)],
  ],
  [
    "over the SDK guard's production path, TaaS on loopback",
    async () => [await startLoopbackTaasStub(), new TaasClient(new SsrfHttpGuard({}), clock)],
  ],
];

for (const [how, start] of transports) {
  describeModelSourceContract(`TaasModelSource ${how}`, async () => {
    const [stub, taas] = await start();
    return { stub, source: new TaasModelSource(taas, limits) };
  });
  describeEmbeddingSourceContract(`TaasEmbeddingSource ${how}`, async () => {
    const [stub, taas] = await start();
    return { stub, source: new TaasEmbeddingSource(taas, limits) };
  });
  describeVisionSourceContract(`TaasVisionSource ${how}`, async () => {
    const [stub, taas] = await start();
    return { stub, source: new TaasVisionSource(taas, limits) };
  });
}
