/**
 * The hexagon's dependency rule, checked in CI (`npm run deps`):
 * domain <- application <- composition; adapters implement ports and never see either
 * the application or the composition.
 */
/** Tests of a pure layer run without the SDK, the DI container or any adapter. */
function sdkFreeTests(layer, comment) {
  return {
    name: `${layer}-tests-never-load-the-sdk`,
    comment,
    severity: "error",
    from: { path: `^test/${layer}/` },
    to: {
      path: [
        "^src/adapters/",
        "^src/composition/",
        "^node_modules/(openclaw|tsyringe|reflect-metadata)/",
      ],
    },
  };
}

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
      name: "application-uses-domain-and-ports",
      comment:
        "src/application (the use cases) may import only src/domain, src/ports and itself: no SDK, no DI, no adapters, no Node I/O.",
      severity: "error",
      from: { path: "^src/application/" },
      to: { pathNot: ["^src/application/", "^src/domain/", "^src/ports/"] },
    },
    {
      name: "adapters-not-application",
      comment: "Adapters translate onto the SDK and the wire; they never call a use case.",
      severity: "error",
      from: { path: "^src/adapters/" },
      to: { path: "^src/application/" },
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
    sdkFreeTests(
      "domain",
      "Domain unit tests must not import the SDK, the DI container or adapters.",
    ),
    sdkFreeTests(
      "application",
      "Use-case tests run on fakes: no SDK, no DI container, no adapters.",
    ),
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
