// Deterministic embeddings for the double: texts about the same thing get close vectors
// even when they share no word (a small concept lexicon), other words add a little hashed
// noise, and every vector has unit length. Enough for memory search to find a note by
// meaning, so a test proves the vectors (not keyword search) did it.

/** Words that mean the same thing share one dimension. */
const CONCEPTS: readonly (readonly string[])[] = [
  ["cat", "cats", "kitten", "kittens", "feline", "felines", "tabby", "pet", "companion"],
  ["car", "cars", "automobile", "vehicle", "sedan", "parked", "parking", "garage"],
  ["rain", "rains", "raining", "storm", "weather", "umbrella", "drizzle", "forecast"],
  ["coffee", "espresso", "latte", "caffeine", "brew", "beans", "barista"],
  ["money", "budget", "invoice", "payment", "salary", "cost", "expenses", "finance"],
  ["doctor", "physician", "clinic", "hospital", "medical", "appointment", "dentist"],
  ["name", "named", "called", "nickname", "title"],
  ["office", "workplace", "desk", "coworkers", "work"],
];
const STOP = new Set(
  "a an and are at be by for from has have i in is it its my of on or our the to was what which who with".split(
    " ",
  ),
);

export const DEFAULT_EMBEDDING_DIMENSIONS = 64;

export function embedText(text: string, dimensions = DEFAULT_EMBEDDING_DIMENSIONS): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    if (STOP.has(word)) continue;
    const concept = CONCEPTS.findIndex((words) => words.includes(word));
    if (concept >= 0 && concept < dimensions) vector[concept] = (vector[concept] ?? 0) + 1;
    else {
      const bucket = CONCEPTS.length + (hash(word) % Math.max(1, dimensions - CONCEPTS.length));
      vector[bucket % dimensions] = (vector[bucket % dimensions] ?? 0) + 0.15;
    }
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);
}

function hash(word: string): number {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}
