/**
 * GraphQL Code Generator: types every operation written with `graphql()` in src/ from the API's contract,
 * ../schema.graphql, into src/gql/ (committed, never edited by hand). BEACON_CODEGEN_OUT redirects the
 * output so `codegen:check` can compare a fresh run with the committed files.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const out = process.env.BEACON_CODEGEN_OUT ?? './src/gql/';

const config: CodegenConfig = {
  schema: '../schema.graphql',
  // Tests write their own operations (for stand-in networks); only the app's are typed here.
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          SafeInt: 'number',
          JSONObject: 'Record<string, unknown>',
        },
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
    // The schema's shape for Graphcache (minified): interfaces, lists and which types have no id.
    [`${out}introspection.ts`]: {
      plugins: ['urql-introspection'],
      config: {
        module: 'es2015',
        minify: true,
        includeScalars: false,
        includeEnums: false,
        includeInputs: false,
      },
    },
  },
};

export default config;
