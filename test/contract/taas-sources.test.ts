import { SsrfHttpGuard } from "../../src/adapters/openclaw/network/ssrf-http-guard.js";
import { TaasVisionSource } from "../../src/adapters/taas/chat/taas-vision-source.js";
import { TaasEmbeddingSource } from "../../src/adapters/taas/embeddings/taas-embedding-source.js";
import { TaasModelSource } from "../../src/adapters/taas/models/taas-model-source.js";
import type { RequestLimits } from "../../src/adapters/taas/request-limits.js";
import { TaasClient } from "../../src/adapters/taas/taas-client.js";
import { mswGuardSeams, startMswTaasDouble } from "../support/taas-double/msw-taas-double.js";
import { startTaasDouble, type TaasDouble } from "../support/taas-double/taas-double.js";
import { describeEmbeddingSourceContract } from "./embedding-source.contract.js";
import { describeModelSourceContract } from "./model-source.contract.js";
import { describeVisionSourceContract } from "./vision-source.contract.js";

// Small bounds keep the hang and oversize cases quick; the behaviour is the same at the defaults.
const limits: RequestLimits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };
const clock = { now: () => Date.parse("2026-12-02T12:00:00Z") };

/** Each TaaS adapter over the SDK guard, against TaaS mocked by msw and on real loopback. */
const transports: readonly (readonly [string, () => Promise<[TaasDouble, TaasClient]>])[] = [
  [
    "over the SDK guard, TaaS mocked by msw",
    async () => [startMswTaasDouble(), new TaasClient(new SsrfHttpGuard(mswGuardSeams), clock)],
  ],
  [
    "over the SDK guard's production path, TaaS on loopback",
    async () => [
      await startTaasDouble({ host: "127.0.0.1", otherHost: "127.0.0.2" }),
      new TaasClient(new SsrfHttpGuard({}), clock),
    ],
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
