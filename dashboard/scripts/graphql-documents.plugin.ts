/**
 * Keeps each page's bundle to the GraphQL operations it uses. GraphQL Code Generator's client preset types
 * `graphql(`…`)` calls through one map of every operation (src/gql/gql.ts), so importing `graphql` anywhere
 * would ship every operation of the dashboard with the first page. This plugin does at build time what the
 * preset's Babel optimizer does (Babel has no place in Vite 8's pipeline here): it replaces each call with
 * an import of that one operation's document from src/gql/graphql.ts, which the bundler can then split
 * and tree-shake. Types are unchanged: TypeScript still reads the `graphql()` calls.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;

export function graphqlDocuments(): Plugin {
  const generated = fileURLToPath(new URL('../src/gql/graphql.ts', import.meta.url));
  const gqlDir = fileURLToPath(new URL('../src/gql/', import.meta.url));
  return {
    name: 'beacon-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const imports = new Map<string, string>();
      const out = code.replace(CALL, (call, body: string) => {
        const match = DEFINITION.exec(body);
        if (!match) return call;
        const [, kind, name] = match;
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const local = `__beaconDocument_${exported}`;
        imports.set(exported, local);
        return local;
      });
      if (imports.size === 0) return null;
      const header = `import { ${[...imports].map(([e, l]) => `${e} as ${l}`).join(', ')} } from ${JSON.stringify(generated)};\n`;
      return { code: header + out, map: null };
    },
  };
}
