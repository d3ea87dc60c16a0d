// The release's version, checked in one place (unit test and release gate): package.json,
// the manifest and the lock file agree, CHANGELOG.md's newest entry is this version, and it
// sorts above the listed 0.1.2 that operators upgrade from (so an update is never a downgrade).

/** The version operators already run: `@cloudsigma/openclaw-taas-provider` on ClawHub. */
export const LISTED_VERSION = "0.1.2";

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

/** Negative, zero or positive as a sorts before, with or after b (prereleases before releases). */
export function compareVersions(a, b) {
  const [x, y] = [SEMVER.exec(a), SEMVER.exec(b)];
  if (!x || !y) throw new Error(`not a version: ${x ? b : a}`);
  for (let i = 1; i <= 3; i++) {
    const diff = Number(x[i]) - Number(y[i]);
    if (diff !== 0) return diff;
  }
  if (x[4] === y[4]) return 0;
  if (x[4] === undefined) return 1;
  if (y[4] === undefined) return -1;
  return x[4] < y[4] ? -1 : 1;
}

/** The newest `## <version>` heading of a changelog, or undefined. */
export function newestChangelogVersion(changelog) {
  return /^## \[?v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\]?/m.exec(changelog)?.[1];
}

/** What is wrong with the release's version; an empty list when all is well. */
export function releaseVersionProblems({ pkg, manifest, lock, changelog }) {
  const version = pkg.version;
  const problems = [];
  if (!SEMVER.test(String(version))) return [`package.json version "${version}" is not semver`];
  if (manifest.version !== version) {
    problems.push(`openclaw.plugin.json has ${manifest.version}, package.json ${version}`);
  }
  if (lock.version !== version || lock.packages?.[""]?.version !== version) {
    problems.push(`package-lock.json is not at ${version}: run npm install`);
  }
  const logged = newestChangelogVersion(changelog);
  if (logged !== version) {
    problems.push(`CHANGELOG.md's newest entry is ${logged ?? "missing"}, not ${version}`);
  }
  if (compareVersions(version, LISTED_VERSION) <= 0) {
    problems.push(`${version} does not sort above the listed ${LISTED_VERSION}`);
  }
  return problems;
}
