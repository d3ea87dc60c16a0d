import type { ModelCost } from "../shared/model.js";

/**
 * Prices for cached prompt tokens. Both hosts move `cached_tokens` out of `input` into
 * `cacheRead` (2026.9 also moves cache writes into `cacheWrite`) and price each with the
 * row's own field, so a 0 there shows those tokens as free. TaaS documents only input and
 * output prices (design §7), and no cache price is read from /models until one is
 * documented, so a cached or cache-written token is priced as the prompt token it is: the
 * input price, an upper bound for a read (vendors discount them) and what the documented
 * pricing bills. The shown cost is then never below what TaaS's price list says.
 */
export function withCachedTokenPrices(cost: Pick<ModelCost, "input" | "output">): ModelCost {
  return { input: cost.input, output: cost.output, cacheRead: cost.input, cacheWrite: cost.input };
}
