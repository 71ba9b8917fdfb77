/**
 * Architecture rules, checked in CI (`npm run deps:check`). See docs/ARCHITECTURE.md.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'module-through-index',
      comment: 'A module reaches another module only through its index.ts.',
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/' },
      to: {
        path: '^server/modules/([^/]+)/',
        pathNot: ['^server/modules/$1/', '^server/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'platform-does-not-know-modules',
      comment: 'The platform is below the modules; only app.ts composes them.',
      severity: 'error',
      from: { path: '^server/platform/' },
      to: { path: '^server/modules/' },
    },
    {
      name: 'routes-stay-thin',
      comment: 'Route files parse, authorise and call services; queries live in repositories.',
      severity: 'error',
      from: { path: '\\.routes\\.ts$' },
      to: { path: '\\.(repository|tables)\\.ts$' },
    },
    {
      name: 'contracts-only-zod',
      comment: 'contracts/ is shared by server, web and CLI: it depends on zod and itself only.',
      severity: 'error',
      from: { path: '^contracts/' },
      to: { pathNot: ['^contracts/', 'node_modules/zod/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'web-not-server',
      comment: 'The browser code never imports server code; it shares contracts only.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(server|cli)/' },
    },
    {
      name: 'cli-through-public-entry-points',
      comment: 'The CLI uses the server only through index.ts files, env and boot.',
      severity: 'error',
      from: { path: '^cli/', pathNot: '\\.test\\.ts$' },
      to: {
        path: '^server/',
        pathNot: [
          '/index\\.ts$',
          '^server/demo\\.ts$',
          '^server/platform/(env|boot|logger|platform|context)\\.ts$',
        ],
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(server|contracts|cli|web)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
