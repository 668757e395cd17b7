/**
 * The dashboard's build: a static bundle in dist/ that the Beacon server serves at `/`. Routes are split
 * into chunks loaded on demand; every asset is also written precompressed (.br and .gz) for the server to
 * send as is; no source maps are emitted, so none can be served; the bundle report holds the first load to
 * its budget. In development Vite serves the app and passes /graphql (and its WebSocket) to a Beacon server
 * on :4000, so the session cookie stays same-origin.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { bundleReport } from './scripts/bundle-report';
import { graphqlDocuments } from './scripts/graphql-documents.plugin';

export default defineConfig({
  plugins: [
    graphqlDocuments(),
    react(),
    compression({ algorithms: ['gzip', 'brotliCompress'], exclude: [/\.(br|gz)$/, /bundle-report\.json$/] }),
    bundleReport({
      budgetKb: Number(process.env.BEACON_BUNDLE_BUDGET_KB ?? 200),
      summaryFile: fileURLToPath(new URL('./bundle-report.md', import.meta.url)),
    }),
  ],
  // One React, the dashboard's own: the workspace also installs React 18 (for the server's explorer), and
  // pnpm may hoist either copy, so a package that finds React by hoisting could bundle the other one too
  // (one fresh install shipped both, 226 KB gzipped at first visit instead of 184).
  resolve: { dedupe: ['react', 'react-dom'] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', changeOrigin: false, ws: true } },
  },
});
