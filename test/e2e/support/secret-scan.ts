// Finds a secret in files, byte-wise (sqlite, WAL and any binary file included), also as
// UTF-16 and base64 so an encoded copy does not slip through.
import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

function encodings(secret: string): Buffer[] {
  const raw = Buffer.from(secret, "utf8");
  // base64 of the secret at each byte alignment, minus the characters that mix in neighbours.
  const base64 = [0, 1, 2].map((shift) => {
    const text = Buffer.concat([Buffer.alloc(shift), raw]).toString("base64");
    return Buffer.from(text.slice([0, 2, 3][shift], -4));
  });
  return [raw, Buffer.from(secret, "utf16le"), ...base64];
}

/** Every regular file under `roots` (symlinks not followed) that holds the secret. */
export async function filesContaining(roots: readonly string[], secret: string): Promise<string[]> {
  const needles = encodings(secret);
  const hits: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // a root that does not exist (e.g. no shared log dir yet)
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        const bytes = await readFile(path);
        if (needles.some((needle) => bytes.includes(needle))) hits.push(path);
      }
    }
  };
  for (const root of roots) await walk(root);
  return hits;
}
