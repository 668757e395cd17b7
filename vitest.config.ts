/**
 * One vitest run, one project per package and database lane. The server's suites run twice, once on the
 * embedded SQLite database and once on the real PostgreSQL server, so both engines meet the same tests.
 */
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const sharedSrc = fileURLToPath(new URL('./shared/src/index.ts', import.meta.url));

export default defineConfig({
  // type-graphql and MikroORM read decorator metadata, which only swc (not esbuild) emits.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: { alias: { '@beacon/shared': sharedSrc } },
  test: {
    passWithNoTests: false,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['shared/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'server-sqlite',
          include: ['server/src/**/*.test.ts'],
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
    ],
  },
});
