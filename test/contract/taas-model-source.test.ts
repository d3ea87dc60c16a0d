import type { DiscoveryLimits } from "../../src/adapters/taas/models/discovery-limits.js";
import { TaasModelSource } from "../../src/adapters/taas/models/taas-model-source.js";
import { describeModelSourceContract } from "./model-source.contract.js";
import { onBothTransports } from "./on-both-transports.js";

// Small bounds keep the hang and oversize cases quick; the behaviour is the same at 5 s / 4 MiB.
const limits: DiscoveryLimits = { timeoutMs: 300, maxBodyBytes: 64 * 1024 };

onBothTransports(
  describeModelSourceContract,
  "TaasModelSource",
  (guard) => new TaasModelSource(guard, limits),
);
