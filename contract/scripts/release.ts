/**
 * `pnpm contract:release`: records schema.graphql as the released contract and clears the declared breaks,
 * which that release has now made. Run it when a version of Beacon's API is released (contract/README.md).
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const contract = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
copyFileSync(path.join(contract, '..', 'schema.graphql'), path.join(contract, 'released.graphql'));
writeFileSync(path.join(contract, 'accepted-breaks.json'), '[]\n');
console.log('contract: schema.graphql recorded as released.graphql; accepted-breaks.json cleared');
