/**
 * The 13-row seed catalog exactly as the listing specifies it (independent of the manifest),
 * with the route family each row belongs to (independent of src/domain/routes).
 */
const table = `
gpt-5.5               | GPT-5.5               | text        | no  | 400000  | 128000 | 1.75   | 14 | openai
gpt-5.4               | GPT-5.4               | text        | no  | 1050000 | 128000 | 1.75   | 14 | openai
claude-fable-5        | Claude Fable 5        | text        | yes | 1000000 | 128000 | 10     | 50 | anthropic
claude-opus-4.8       | Claude Opus 4.8       | text        | yes | 200000  | 32000  | 5      | 25 | anthropic
claude-sonnet-4.6     | Claude Sonnet 4.6     | text        | no  | 1000000 | 64000  | 3      | 15 | anthropic
gemini-3.1-flash-lite | Gemini 3.1 Flash Lite | text, image | yes | 1000000 | 65536  | 0.25   | 1.5 | gemini
kimi-k2.6             | Kimi K2.6             | text        | no  | 262144  | 262144 | 0.9    | 4 | reasoning-content
qwen3-vl              | Qwen3 VL              | text, image | no  | 262000  | 8192   | 0.25   | 1 | reasoning-content
pixtral-large         | Pixtral Large         | text, image | no  | 128000  | 4096   | 2      | 6 | mistral
qwen2.5-vl-72b        | Qwen2.5 VL 72B        | text, image | no  | 32768   | 8192   | 0.4    | 1.2 | openai-compatible
llama-3.3-70b         | Llama 3.3 70B         | text        | no  | 128000  | 8192   | 0.08   | 0.256 | openai-compatible
qwen3-235b            | Qwen3 235B            | text        | no  | 256000  | 8192   | 0.0568 | 0.08 | reasoning-content
glm-4.5-air           | GLM 4.5 Air           | text        | no  | 128000  | 8192   | 0.05   | 0.1 | reasoning-content
`;

const cells = table
  .trim()
  .split("\n")
  .map((line) => line.split("|").map((cell) => cell.trim()) as Row);
type Row = [string, string, string, string, string, string, string, string, string];

/** The family of each seed id. */
export const SEED_FAMILIES: Record<string, string> = Object.fromEntries(
  cells.map((row) => [row[0], row[8]]),
);

export const SEED_TABLE = cells.map(
  ([id, name, input, reasoning, context, maxOut, priceIn, priceOut]) => {
    return {
      id: id as string,
      name,
      reasoning: reasoning === "yes",
      input: input.split(", "),
      cost: { input: Number(priceIn), output: Number(priceOut), cacheRead: 0, cacheWrite: 0 },
      contextWindow: Number(context),
      maxTokens: Number(maxOut),
    };
  },
);

/** The request compat a row of this family carries, as both hosts read it. */
export function expectedCompat(family: string, reasoning: boolean): Record<string, unknown> {
  const openai = family === "openai";
  return {
    supportsDeveloperRole: false,
    maxTokensField: openai ? "max_completion_tokens" : "max_tokens",
    supportsReasoningEffort: reasoning,
    ...(reasoning
      ? {
          supportedReasoningEfforts: openai
            ? ["minimal", "low", "medium", "high"]
            : ["low", "medium", "high"],
        }
      : {}),
    ...(family === "reasoning-content"
      ? { requiresReasoningContentOnAssistantMessages: true }
      : {}),
  };
}

/** The seed rows as the host receives them from the plugin: with their family's compat. */
export const HOST_SEED_TABLE = SEED_TABLE.map((row) => ({
  ...row,
  compat: expectedCompat(SEED_FAMILIES[row.id] as string, row.reasoning),
}));
