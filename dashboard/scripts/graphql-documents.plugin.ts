/**
 * Keeps each page's bundle to the GraphQL operations it uses. GraphQL Code Generator's client preset types
 * `graphql(`…`)` calls through one map of every operation (src/gql/gql.ts), so importing `graphql` anywhere
 * would ship every operation of the dashboard with the first page. This plugin does at build time what the
 * preset's Babel optimizer does (Babel has no place in Vite 8's pipeline here): it replaces each call with
 * that operation's generated document, inlined, so each document lives only in the chunk that uses it.
 * Types are unchanged: TypeScript still reads the `graphql()` calls.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/;
const EXPORT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

export function graphqlDocuments(): Plugin {
  const generated = fileURLToPath(new URL('../src/gql/graphql.ts', import.meta.url));
  const gqlDir = fileURLToPath(new URL('../src/gql/', import.meta.url));
  let cache: { mtime: number; documents: Map<string, string> } | null = null;
  const documents = () => {
    const mtime = statSync(generated).mtimeMs;
    if (cache?.mtime !== mtime) {
      const map = new Map<string, string>();
      for (const [, name, json] of readFileSync(generated, 'utf8').matchAll(EXPORT))
        map.set(name as string, json as string);
      cache = { mtime, documents: map };
    }
    return cache.documents;
  };
  return {
    name: 'beacon-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      let replaced = false;
      const out = code.replace(CALL, (call, body: string) => {
        const match = DEFINITION.exec(body);
        if (!match) return call;
        const [, kind, name] = match;
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const json = documents().get(exported);
        if (!json)
          this.error(`${exported} is not in src/gql/graphql.ts: run pnpm --filter @beacon/dashboard codegen`);
        replaced = true;
        return `(${json})`;
      });
      return replaced ? { code: out, map: null } : null;
    },
  };
}
