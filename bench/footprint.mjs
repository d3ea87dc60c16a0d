// 6. Footprint: the packed tarball, and what installing it brings into node_modules.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { progress, runIfMain } from "./support/cli.mjs";
import { ROOT } from "./support/paths.mjs";
import { fmtBytes } from "./support/stats.mjs";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function npm(args, cwd) {
  return new Promise((resolve, reject) => {
    execFile(
      NPM,
      args,
      { cwd, timeout: 300_000, killSignal: "SIGKILL", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`npm ${args.join(" ")} failed: ${error.message}\n${stderr}`));
        else resolve(stdout);
      },
    );
  });
}

/** Apparent bytes (sum of file sizes), bytes on disk (allocated blocks) and file count. */
async function treeSize(dir) {
  let bytes = 0;
  let disk = 0;
  let files = 0;
  const walk = async (path) => {
    const info = await lstat(path);
    disk += (info.blocks ?? 0) * 512;
    if (info.isDirectory()) {
      for (const name of await readdir(path)) await walk(join(path, name));
    } else {
      bytes += info.size;
      files += 1;
    }
  };
  await walk(dir);
  return { bytes, disk, files };
}

/** Installed packages: node_modules/<name> and node_modules/@scope/<name>, nested ones included in their parent. */
async function installedPackages(nodeModules) {
  const packages = [];
  for (const name of await readdir(nodeModules)) {
    if (name.startsWith(".")) continue;
    if (name.startsWith("@")) {
      for (const inner of await readdir(join(nodeModules, name))) packages.push(`${name}/${inner}`);
    } else packages.push(name);
  }
  const rows = [];
  for (const name of packages.sort()) {
    const dir = join(nodeModules, name);
    const { version } = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    rows.push({ name, version, ...(await treeSize(dir)) });
  }
  return rows;
}

export async function footprint() {
  const work = await mkdtemp(join(tmpdir(), "cloudsigma-bench-footprint-"));
  try {
    progress("footprint: npm pack");
    const [packed] = JSON.parse(await npm(["pack", "--json", "--pack-destination", work], ROOT));
    const tarball = join(work, packed.filename);
    const project = join(work, "project");
    await mkdir(project);
    await writeFile(
      join(project, "package.json"),
      JSON.stringify({ name: "footprint-probe", version: "1.0.0", private: true }),
    );
    progress("footprint: npm install of the tarball into an empty project");
    await npm(
      [
        "install",
        "--omit=dev",
        "--ignore-scripts",
        "--no-audit",
        "--no-fund",
        "--prefer-offline",
        "--loglevel=error",
        tarball,
      ],
      project,
    );
    const nodeModules = join(project, "node_modules");
    const packages = await installedPackages(nodeModules);
    const ours = packages.find((p) => p.name === packed.name);
    const peerInstalled = existsSync(join(nodeModules, "openclaw"));
    const deps = packages.filter((p) => p.name !== packed.name && p.name !== "openclaw");
    const sum = (rows, key) => rows.reduce((total, row) => total + row[key], 0);
    const depsBytes = sum(deps, "bytes");
    const totalBytes = sum([ours, ...deps], "bytes");
    const files = packed.files.map((f) => f.path);
    const shipsEntry = files.includes("dist/index.js") && files.includes("openclaw.plugin.json");
    const shipsNoSources = !files.some(
      (f) => f.startsWith("src/") || f.startsWith("test/") || f.startsWith("bench/"),
    );

    return {
      id: "footprint",
      title: "6. Footprint",
      method: [
        "`npm pack --json --pack-destination <tmp>` in the repository (what `files` in package.json ships): tarball size, unpacked size and file count as npm reports them.",
        "The tarball is installed into an empty temporary project with `npm install --omit=dev --ignore-scripts --no-audit --no-fund <tarball>` (from the npm registry; `--prefer-offline` reuses npm's cache when it has the packages). Size is the sum of file sizes under each `node_modules/<package>`; on disk counts allocated blocks (file-system overhead for many small files). The optional `openclaw` peer is not installed (and would be excluded). The temporary directory is removed afterwards.",
      ],
      tables: [
        {
          caption: "Tarball",
          headers: ["package", "tarball", "unpacked", "files"],
          rows: [
            [
              `${packed.name}@${packed.version}`,
              fmtBytes(packed.size),
              fmtBytes(packed.unpackedSize),
              packed.entryCount,
            ],
          ],
        },
        {
          caption: "Installed (npm install --omit=dev of the tarball)",
          headers: ["package", "version", "size", "on disk", "files"],
          rows: [
            ...[ours, ...deps].map((p) => [
              p.name,
              p.version,
              fmtBytes(p.bytes),
              fmtBytes(p.disk),
              p.files,
            ]),
            [
              "runtime dependencies (all but ours)",
              "",
              fmtBytes(depsBytes),
              fmtBytes(sum(deps, "disk")),
              sum(deps, "files"),
            ],
            [
              "total node_modules",
              "",
              fmtBytes(totalBytes),
              fmtBytes(sum([ours, ...deps], "disk")),
              sum([ours, ...deps], "files"),
            ],
          ],
        },
      ],
      targets: [
        {
          name: "tarball ships dist/index.js and openclaw.plugin.json, no src/test/bench",
          target: "yes",
          measured: shipsEntry && shipsNoSources ? "yes" : "no",
          met: shipsEntry && shipsNoSources,
          kind: "count",
        },
        {
          name: "optional openclaw peer not installed",
          target: "not installed",
          measured: peerInstalled ? "installed" : "not installed",
          met: !peerInstalled,
          kind: "count",
        },
        {
          name: "runtime dependency packages installed",
          target: "reflect-metadata, tsyringe (+ tslib)",
          measured: deps.map((d) => d.name).join(", "),
          met: deps.every((d) => ["reflect-metadata", "tsyringe", "tslib"].includes(d.name)),
          kind: "count",
        },
      ],
      notes: [],
      raw: { tarball: packed.size, unpacked: packed.unpackedSize, depsBytes, totalBytes },
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await runIfMain(import.meta.url, footprint);
