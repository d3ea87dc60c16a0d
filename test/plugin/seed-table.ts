/** The 13-row seed catalog exactly as the listing specifies it (independent of the manifest). */
const table = `
gpt-5.5               | GPT-5.5               | text        | no  | 400000  | 128000 | 1.75   | 14
gpt-5.4               | GPT-5.4               | text        | no  | 1050000 | 128000 | 1.75   | 14
claude-fable-5        | Claude Fable 5        | text        | yes | 1000000 | 128000 | 10     | 50
claude-opus-4.8       | Claude Opus 4.8       | text        | yes | 200000  | 32000  | 5      | 25
claude-sonnet-4.6     | Claude Sonnet 4.6     | text        | no  | 1000000 | 64000  | 3      | 15
gemini-3.1-flash-lite | Gemini 3.1 Flash Lite | text, image | yes | 1000000 | 65536  | 0.25   | 1.5
kimi-k2.6             | Kimi K2.6             | text        | no  | 262144  | 262144 | 0.9    | 4
qwen3-vl              | Qwen3 VL              | text, image | no  | 262000  | 8192   | 0.25   | 1
pixtral-large         | Pixtral Large         | text, image | no  | 128000  | 4096   | 2      | 6
qwen2.5-vl-72b        | Qwen2.5 VL 72B        | text, image | no  | 32768   | 8192   | 0.4    | 1.2
llama-3.3-70b         | Llama 3.3 70B         | text        | no  | 128000  | 8192   | 0.08   | 0.256
qwen3-235b            | Qwen3 235B            | text        | no  | 256000  | 8192   | 0.0568 | 0.08
glm-4.5-air           | GLM 4.5 Air           | text        | no  | 128000  | 8192   | 0.05   | 0.1
`;

export const SEED_TABLE = table
  .trim()
  .split("\n")
  .map((line) => {
    const [id, name, input, reasoning, context, maxOut, priceIn, priceOut] = line
      .split("|")
      .map((cell) => cell.trim()) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    return {
      id,
      name,
      reasoning: reasoning === "yes",
      input: input.split(", "),
      cost: { input: Number(priceIn), output: Number(priceOut), cacheRead: 0, cacheWrite: 0 },
      contextWindow: Number(context),
      maxTokens: Number(maxOut),
    };
  });
