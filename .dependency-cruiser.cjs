/** The hexagon's dependency rule, checked in CI (`npm run deps`). */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "src/domain may import only src/ports and itself: no SDK, no DI, no Node I/O.",
      severity: "error",
      from: { path: "^src/domain/" },
      to: { pathNot: ["^src/domain/", "^src/ports/"] },
    },
    {
      name: "ports-are-pure",
      comment: "src/ports holds interfaces and tokens only: no SDK, no DI, no Node I/O.",
      severity: "error",
      from: { path: "^src/ports/" },
      to: { pathNot: "^src/ports/" },
    },
    {
      name: "adapters-not-composition",
      comment: "Adapters implement ports; only src/composition wires them together.",
      severity: "error",
      from: { path: "^src/adapters/" },
      to: { path: "^src/composition/" },
    },
    {
      name: "domain-tests-never-load-the-sdk",
      comment: "Domain unit tests must not import the SDK, the DI container or adapters.",
      severity: "error",
      from: { path: "^test/domain/" },
      to: {
        path: [
          "^src/adapters/",
          "^src/composition/",
          "^node_modules/(openclaw|tsyringe|reflect-metadata)/",
        ],
      },
    },
    {
      name: "src-not-test",
      comment: "Production code never imports test code.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(test|bench)/" },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
