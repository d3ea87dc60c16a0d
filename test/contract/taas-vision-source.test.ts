import { SsrfHttpGuard } from "../../src/adapters/openclaw/network/ssrf-http-guard.js";
import { TaasVisionSource } from "../../src/adapters/taas/chat/taas-vision-source.js";
import type { RequestLimits } from "../../src/adapters/taas/request-limits.js";
import { startLoopbackTaasStub } from "./stubs/loopback-taas-stub.js";
import { mswGuardSeams, startMswTaasStub } from "./stubs/msw-taas-stub.js";
import { describeVisionSourceContract } from "./vision-source.contract.js";

const limits: RequestLimits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };
const clock = { now: () => 0 };

describeVisionSourceContract(
  "TaasVisionSource over the SDK guard, TaaS mocked by msw",
  async () => ({
    stub: startMswTaasStub(),
    source: new TaasVisionSource(new SsrfHttpGuard(mswGuardSeams), limits, clock),
  }),
);

describeVisionSourceContract(
  "TaasVisionSource over the SDK guard's production path, TaaS on loopback",
  async () => {
    const stub = await startLoopbackTaasStub();
    return { stub, source: new TaasVisionSource(new SsrfHttpGuard({}), limits, clock) };
  },
);
