/** Layer rules (see STYLE.md): domain imports nothing of ours; server never imports client; the
 * client imports the server only for types; features do not import each other; shared code does
 * not import features or the app shell. */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "src/domain is pure TypeScript: no React, no Node, no server or client code.",
      severity: "error",
      from: { path: "^src/domain/", pathNot: "\\.test\\.ts$" },
      to: {
        pathNot: ["^src/domain/", "^node_modules/zod/"],
      },
    },
    {
      name: "domain-tests-read-only-seed-data",
      comment: "Domain tests may also check the rules against the shipped seed data (data/*.json).",
      severity: "error",
      from: { path: "^src/domain/.*\\.test\\.ts$" },
      to: {
        pathNot: [
          "^src/domain/",
          "^data/[^/]+\\.json$",
          "^node_modules/zod/",
          "^node_modules/vitest/",
          "^node_modules/@vitest/",
        ],
      },
    },
    {
      name: "server-not-client",
      severity: "error",
      from: { path: "^src/server/" },
      to: { path: "^src/client/" },
    },
    {
      name: "client-imports-server-types-only",
      severity: "error",
      from: { path: "^src/client/" },
      to: { path: "^src/server/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "features-are-independent",
      comment: "Routes compose features; a feature never imports another one.",
      severity: "error",
      from: { path: "^src/client/features/([^/]+)/" },
      to: { path: "^src/client/features/", pathNot: "^src/client/features/$1/" },
    },
    {
      name: "shared-does-not-import-features",
      severity: "error",
      from: { path: "^src/client/(api|components|lib|i18n)/" },
      to: { path: "^src/client/(features|app)/" },
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
    exclude: { path: "\\.(css|svg|png)$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
