/**
 * Fails when the committed src/gql/ is not what codegen would write now from ../schema.graphql and the
 * operations in src/: it generates into a temporary folder and compares every file, byte for byte.
 * Run `pnpm codegen` to bring src/gql/ up to date.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const committed = path.join(root, 'src', 'gql');
const fresh = mkdtempSync(path.join(tmpdir(), 'beacon-codegen-'));

const list = (dir) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : [];
const relative = (dir) => list(dir).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));

try {
  const run = spawnSync(
    path.join(root, 'node_modules', '.bin', 'graphql-codegen'),
    ['--config', 'codegen.ts', '--silent'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, BEACON_CODEGEN_OUT: `${fresh}/` } },
  );
  if (run.status !== 0) {
    console.error('codegen:check: codegen failed (see above)');
    process.exit(run.status ?? 1);
  }
  const expected = relative(fresh).sort();
  const actual = new Set(relative(committed));
  const problems = [];
  for (const file of expected) {
    if (!actual.has(file)) problems.push(`missing: src/gql/${file}`);
    else if (!readFileSync(path.join(fresh, file)).equals(readFileSync(path.join(committed, file))))
      problems.push(`out of date: src/gql/${file}`);
    actual.delete(file);
  }
  for (const file of actual) problems.push(`not generated (stale): src/gql/${file}`);
  if (problems.length) {
    console.error(`codegen:check: src/gql/ differs from what codegen writes:\n  ${problems.join('\n  ')}`);
    console.error('Run `pnpm --filter @beacon/dashboard codegen` and commit src/gql/.');
    process.exit(1);
  }
  console.log(`codegen:check: src/gql/ is up to date (${expected.length} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
