/**
 * The dashboard's build: a static bundle in dist/ that the Beacon server serves at `/`. In development Vite
 * serves the app and passes /graphql to a Beacon server on :4000, so the session cookie stays same-origin.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', changeOrigin: false } },
  },
});
