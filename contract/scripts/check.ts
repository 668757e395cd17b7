/**
 * `pnpm check:contract`: fails when schema.graphql breaks the last released contract (released.graphql)
 * without declaring it in accepted-breaks.json, or when an operation of the dashboard does not validate
 * against schema.graphql or uses something deprecated. README.md in this folder says how to release.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Change } from '@graphql-inspector/core';
import { CodeFileLoader } from '@graphql-tools/code-file-loader';
import { loadDocuments } from '@graphql-tools/load';
import { print } from 'graphql';
import { compareWithRelease, lintOperations, parseAcceptedBreaks } from '../src/contract.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const contract = path.resolve(here, '..');
const root = path.resolve(contract, '..');
const read = (file: string) => readFileSync(file, 'utf8');

const current = read(path.join(root, 'schema.graphql'));
const report = await compareWithRelease(
  read(path.join(contract, 'released.graphql')),
  current,
  parseAcceptedBreaks(read(path.join(contract, 'accepted-breaks.json'))),
);
const line = (c: Change) => `  ${c.type} ${c.path ?? ''}: ${c.message}`;
let failed = false;

if (report.undeclared.length > 0) {
  failed = true;
  console.error('contract: breaking changes to schema.graphql that are not declared:');
  for (const c of report.undeclared) console.error(line(c));
  console.error(
    '  Keep the old field, argument or value (deprecate it instead), or declare the break in\n' +
      '  contract/accepted-breaks.json as { "type", "path", "reason" } (see contract/README.md).',
  );
}
if (report.stale.length > 0) {
  failed = true;
  console.error('contract: accepted-breaks.json declares breaks that schema.graphql does not make:');
  for (const a of report.stale) console.error(`  ${a.type} ${a.path}`);
}
if (report.unexplained.length > 0) {
  failed = true;
  console.error('contract: accepted-breaks.json entries need a reason clients can read:');
  for (const a of report.unexplained) console.error(`  ${a.type} ${a.path}`);
}
for (const c of report.declared) console.log(`contract: declared break${line(c).slice(1)}`);
for (const c of report.dangerous) console.log(`contract: note (may change behaviour)${line(c).slice(1)}`);

// The dashboard's operations, found the way GraphQL Code Generator finds them.
const documents = await loadDocuments(
  [path.join(root, 'dashboard/src/**/*.{ts,tsx}'), `!${path.join(root, 'dashboard/src/gql/**')}`],
  { loaders: [new CodeFileLoader({ pluckConfig: { skipIndent: true } })] },
);
if (documents.length === 0) {
  failed = true;
  console.error('contract: found no operation in dashboard/src: the lint would prove nothing');
}
const problems = lintOperations(
  current,
  documents.map((d) => ({
    body: d.rawSDL ?? (d.document ? print(d.document) : ''),
    location: path.relative(root, d.location ?? 'unknown'),
  })),
);
if (problems.length > 0) {
  failed = true;
  console.error('contract: dashboard operations that do not hold against schema.graphql:');
  for (const p of problems) console.error(`  ${p.location}: ${p.message}`);
}

console.log(
  `contract: ${report.safe.length} safe, ${report.dangerous.length} dangerous, ` +
    `${report.declared.length + report.undeclared.length} breaking change(s) since the release; ` +
    `${documents.length} dashboard operation(s) checked`,
);
process.exit(failed ? 1 : 0);
