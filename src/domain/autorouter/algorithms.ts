/** TaaS's AutoRouter algorithms, as its API docs and CloudSigma's listing name them. */
export const AUTOROUTER_ALGORITHMS = [
  "best_fit",
  "price_performance",
  "savings_curve",
  "cost",
  "ttft",
  "tps",
] as const;

export type AutorouterAlgorithm = (typeof AUTOROUTER_ALGORITHMS)[number];

/** Exact names only: TaaS reads the header as sent, so nothing is case-folded or trimmed. */
export function isAutorouterAlgorithm(value: unknown): value is AutorouterAlgorithm {
  return (AUTOROUTER_ALGORITHMS as readonly unknown[]).includes(value);
}
