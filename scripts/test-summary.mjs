// Reads vitest's JSON report and prints one closing line, "N passed, N failed, N skipped". Fails when any
// test was skipped or left pending, or when a lane (vitest project) ran no test: no lane may be silently
// skipped.
import { readFileSync } from 'node:fs';

const LANES = ['shared', 'contract', 'server-sqlite', 'server-postgres', 'dashboard', 'browser'];
const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const perLane = Object.fromEntries(LANES.map((lane) => [lane, 0]));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of report.testResults ?? []) {
  for (const test of file.assertionResults ?? []) {
    if (test.status === 'passed') passed++;
    else if (test.status === 'failed') failed++;
    else skipped++;
  }
}
// The JSON report does not name the project, so lanes are told apart by path: every server suite must
// appear twice (SQLite and PostgreSQL), the shared, dashboard (component tests) and browser lanes at least once.
const serverRuns = new Map();
for (const file of report.testResults ?? []) {
  const count = (file.assertionResults ?? []).length;
  if (file.name.includes('/dashboard/e2e/')) perLane.browser += count;
  else if (file.name.includes('/dashboard/src/')) perLane.dashboard += count;
  else if (file.name.includes('/shared/')) perLane.shared += count;
  else if (file.name.includes('/contract/')) perLane.contract += count;
  else if (file.name.includes('/server/')) serverRuns.set(file.name, (serverRuns.get(file.name) ?? 0) + 1);
}
const problems = [];
if (skipped > 0) problems.push(`${skipped} test(s) skipped or pending`);
for (const lane of ['shared', 'contract', 'dashboard', 'browser'])
  if (perLane[lane] === 0) problems.push(`the ${lane} lane ran no test`);
if (serverRuns.size === 0) problems.push('the server lanes ran no test');
for (const [name, runs] of serverRuns) {
  // `*.pg.test.ts` are PostgreSQL-only by design (vitest.config.ts): they must run once, on that lane.
  const expected = name.endsWith('.pg.test.ts') ? 1 : 2;
  if (runs !== expected)
    problems.push(
      `${name} ran on ${runs} engine(s), not on ${expected === 2 ? 'both SQLite and PostgreSQL' : 'PostgreSQL'}`,
    );
}
if ((report.numTotalTests ?? 0) === 0) problems.push('no test ran');
for (const problem of problems) console.error(`test summary: ${problem}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
