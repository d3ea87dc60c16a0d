import { TaasVisionSource } from "../../src/adapters/taas/chat/taas-vision-source.js";
import type { RequestLimits } from "../../src/adapters/taas/request-limits.js";
import { onBothTransports } from "./on-both-transports.js";
import { describeVisionSourceContract } from "./vision-source.contract.js";

const limits: RequestLimits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };
const clock = { now: () => 0 };

onBothTransports(
  describeVisionSourceContract,
  "TaasVisionSource",
  (guard) => new TaasVisionSource(guard, limits, clock),
);
