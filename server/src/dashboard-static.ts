/**
 * Serves the built dashboard as browsers and caches expect: hashed assets cached for a year as immutable,
 * `index.html` revalidated on every load (so a deploy is picked up at once), the build's precompressed
 * `.br`/`.gz` siblings when it wrote them and on-the-fly compression otherwise, a 404 (never the app's
 * HTML) for a file that is not there, and no source maps in production. Every other GET is a route of the
 * single-page app and gets `index.html`.
 */
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import expressStaticGzip from 'express-static-gzip';
import mime from 'mime-types';

/** Vite puts content-hashed files under /assets: a changed file gets a new name, so they never change. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The app shell: always revalidated, so a new deploy's asset names are seen at once. */
export const REVALIDATE = 'no-cache';
/** Unhashed files at the root (favicon, robots.txt): cached briefly. */
const SHORT = 'public, max-age=3600';

/** Paths the HTTP app serves itself; never the dashboard's. */
const SERVER_PATHS = /^\/(graphql|healthz|livez|readyz)(\/|$)/;
const SOURCE_MAP = /\.map(\.(br|gz))?$/i;
const COMPRESSED_SIBLING = /\.(br|gz)$/;

/**
 * Whether a path names a file rather than a route of the app: it ends in an extension a file type is
 * registered for (`.js`, `.png`, `.ico`…). A route such as `/creators/ava.calm` (a handle with a dot)
 * stays a route.
 */
export function namesAFile(urlPath: string): boolean {
  const last = urlPath.split('/').at(-1) ?? '';
  return last.includes('.') && mime.lookup(last) !== false;
}

export interface DashboardOptions {
  /** The built dashboard (Vite's dist). */
  readonly dir: string;
  /** Serve `.map` files (development); production serves none. */
  readonly serveSourceMaps: boolean;
}

export function dashboardRouter({ dir, serveSourceMaps }: DashboardOptions): express.Router {
  const router = express.Router();
  const files = expressStaticGzip(dir, {
    enableBrotli: true,
    // Brotli is smaller than gzip for the same file: prefer it whenever the browser takes both.
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      redirect: false,
      setHeaders: (res, file) => {
        const served = path.relative(dir, file.replace(COMPRESSED_SIBLING, '')).split(path.sep).join('/');
        res.setHeader(
          'cache-control',
          served === 'index.html' ? REVALIDATE : served.startsWith('assets/') ? IMMUTABLE : SHORT,
        );
      },
    },
  });
  const notFound = (res: express.Response) => {
    res.status(404).type('text/plain').setHeader('cache-control', 'no-store').send('Not found');
  };

  // Compresses what has no precompressed sibling (and the shell); leaves already-encoded files alone.
  router.use(compression());
  if (!serveSourceMaps) {
    router.use((req, res, next) => (SOURCE_MAP.test(req.path) ? notFound(res) : next()));
  }
  router.use(files);
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path)) return next();
    // Past the files on disk: an asset or any file name is missing, and the app's HTML is not it.
    if (req.path.startsWith('/assets/') || namesAFile(req.path)) return notFound(res);
    req.url = '/index.html';
    return files(req, res, next);
  });
  return router;
}
