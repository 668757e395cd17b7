/**
 * One vitest run, one project per package and database lane. The server's suites run twice, once on the
 * embedded SQLite database and once on the real PostgreSQL server, so both engines meet the same tests.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';

const sharedSrc = fileURLToPath(new URL('./shared/src/index.ts', import.meta.url));
// graphql 16 ships CommonJS and ESM side by side: Node (and so type-graphql) loads the CommonJS build, so
// tests must too, or the schema would mix two copies of graphql ("from another module or realm").
const graphqlCjs = createRequire(new URL('./server/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  // type-graphql and MikroORM read decorator metadata, which only swc (not esbuild) emits.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    alias: [
      { find: '@beacon/shared', replacement: sharedSrc },
      { find: /^graphql$/, replacement: graphqlCjs },
    ],
  },
  test: {
    passWithNoTests: false,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['shared/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'contract', include: ['contract/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'server-sqlite',
          include: ['server/src/**/*.test.ts'],
          // `*.pg.test.ts` prove what only PostgreSQL deployments have (several instances on one
          // database): the PostgreSQL lane runs them; here they are not collected rather than skipped.
          exclude: [...configDefaults.exclude, 'server/src/**/*.pg.test.ts'],
          env: { BEACON_TEST_DB: 'sqlite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server-postgres',
          include: ['server/src/**/*.test.ts'],
          env: { BEACON_TEST_DB: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dashboard',
          include: ['dashboard/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['dashboard/src/test/setup.ts'],
          // A component test types and clicks as a person would (user-event); on a busy 2-core machine a
          // long form can take well over vitest's 5 s default. The bound catches a hang, not slowness.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['dashboard/e2e/**/*.e2e.test.ts'],
          env: { BEACON_TEST_DB: 'sqlite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // `expect.poll` waits for what a person would wait for (a list refreshed, a dialog closed); its
          // one-second default is a statement about the machine's speed, not the app's behaviour.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
});
