// `npm pack` hooks. The packed package.json must not list devDependencies: OpenClaw 2026.6.6
// installs a plugin tarball with `npm install --omit=dev`, and npm still resolves the whole
// dev tree (openclaw, vitest, ...) first, which took ~50 s instead of ~12 s.
//   prepack:  back up package.json, write it without devDependencies
//   postpack: put the original back
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

const manifest = "package.json";
const backup = ".package.json.prepack";
const step = process.argv[2];

if (step === "strip") {
  if (existsSync(backup)) renameSync(backup, manifest); // a pack that died half-way
  copyFileSync(manifest, backup);
  const pkg = JSON.parse(readFileSync(manifest, "utf8"));
  delete pkg.devDependencies;
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (step === "restore") {
  if (existsSync(backup)) renameSync(backup, manifest);
} else {
  console.error("usage: node scripts/pack-manifest.mjs strip|restore");
  process.exit(2);
}
